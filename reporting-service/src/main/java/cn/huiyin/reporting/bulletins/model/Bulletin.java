package cn.huiyin.reporting.bulletins.model;

import cn.huiyin.reporting.summary.model.Summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One issue of a region's monthly bulletin (快报 第N期): the previous month's analysis for the region, numbered per
 * region and year in order of generation, with the figures as issued (a snapshot of the {@link Summary}). A
 * regeneration keeps the number and counts a revision; only the last few revision times are kept.
 *
 * @param issue       the issue number, 第{issue}期 of {@code year}
 * @param generatedAt when the issue was first generated
 * @param revision    1 for the first generation, 2 after one regeneration ...
 * @param revisedAt   the times of the latest regenerations, oldest first (at most {@link #KEPT_REVISIONS})
 */
public record Bulletin(
        String id,
        String regionCode,
        String regionName,
        YearMonth month,
        int issue,
        Instant generatedAt,
        int revision,
        List<Instant> revisedAt,
        BulletinHeader header,
        Summary summary) {

    public static final int KEPT_REVISIONS = 5;

    public Bulletin {
        revisedAt = revisedAt == null ? List.of() : List.copyOf(revisedAt);
    }

    /** One issue per region and month: "5205-2020-05". */
    public static String idOf(String regionCode, YearMonth month) {
        return regionCode + "-" + month;
    }

    public int year() {
        return month.getYear();
    }

    public LocalDate from() {
        return month.atDay(1);
    }

    public LocalDate to() {
        return month.atEndOfMonth();
    }

    /** "第5期" */
    public String issueLabel() {
        return "第" + issue + "期";
    }

    /** "毕节市扶贫专线快报（2020年第5期）" */
    public String fullTitle() {
        return header.title() + "（" + year() + "年" + issueLabel() + "）";
    }
}
