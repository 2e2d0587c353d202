package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.Disposition;
import cn.huiyin.privacy.FreeText;

import java.time.Instant;
import java.util.List;

/**
 * The call as intake accepted it: no personal data, codes and times, and {@code excerpt}, the start of what the
 * caller said with every personal number masked (again: intake masked it before publishing), for the report's
 * typical cases (典型案例); null in facts stored before it was kept.
 */
public record CallPart(
        Instant receivedAt,
        CallType type,
        Disposition disposition,
        List<Category> categories,
        String townshipCode,
        String countyCode,
        boolean repeat,
        boolean urgent,
        String excerpt) {

    /** Characters kept of what the caller said: a sentence or two, never the whole account. */
    public static final int EXCERPT_LENGTH = 80;

    public static CallPart of(CaseReceived event) {
        return new CallPart(event.receivedAt(), event.type(), event.disposition(), event.categories(),
                event.townshipCode(), event.countyCode(), event.repeatOf() != null, event.urgent(),
                excerpt(event.content()));
    }

    static String excerpt(String content) {
        String masked = FreeText.mask(content.strip());
        return masked.codePointCount(0, masked.length()) <= EXCERPT_LENGTH ? masked
                : masked.substring(0, masked.offsetByCodePoints(0, EXCERPT_LENGTH)) + "……";
    }

    public boolean transferred() {
        return disposition == Disposition.TRANSFER;
    }
}
