package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A county's verification report (核查报告), without its free-text findings; {@code resolution} is null in facts
 * stored before it was kept.
 */
public record VerificationPart(Instant verifiedAt, Substantiation substantiated, List<Nature> natures,
        ReportedSatisfaction reportedSatisfaction, List<Category> categories, int reopenCount, Resolution resolution) {

    static final CallFact.Latest<VerificationPart> LATEST = new CallFact.Latest<>(
            Comparator.comparing(VerificationPart::verifiedAt).thenComparingInt(VerificationPart::reopenCount)
                    .thenComparing(part -> part.substantiated().name())
                    .thenComparing(part -> part.reportedSatisfaction().name()));

    static VerificationPart of(CaseVerified event) {
        return new VerificationPart(event.verifiedAt(), event.substantiated(), event.natures(),
                event.reportedSatisfaction(), event.categories(), event.reopenCount(), event.resolution());
    }

    public boolean substantiatedAtLeastPartly() {
        return substantiated != Substantiation.NO;
    }
}
