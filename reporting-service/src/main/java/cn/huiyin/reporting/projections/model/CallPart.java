package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.Disposition;

import java.time.Instant;
import java.util.List;

/** The call as intake accepted it: no personal data, only codes and times. */
public record CallPart(
        Instant receivedAt,
        CallType type,
        Disposition disposition,
        List<Category> categories,
        String townshipCode,
        String countyCode,
        boolean repeat,
        boolean urgent) {

    public static CallPart of(CaseReceived event) {
        return new CallPart(event.receivedAt(), event.type(), event.disposition(), event.categories(),
                event.townshipCode(), event.countyCode(), event.repeatOf() != null, event.urgent());
    }

    public boolean transferred() {
        return disposition == Disposition.TRANSFER;
    }
}
