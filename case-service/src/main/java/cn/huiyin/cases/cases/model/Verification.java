package cn.huiyin.cases.cases.model;

import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The county's verification report (核查报告), as accepted, with whether it came after the deadline (迟报). */
public record Verification(Substantiation substantiated, List<Nature> natures, String findings, Resolution resolution,
        ReportedSatisfaction reportedSatisfaction, boolean householdAtRisk, String householdId, Instant verifiedAt,
        String verifiedBy, boolean late) {

    public Verification {
        Objects.requireNonNull(substantiated, "substantiated");
        natures = List.copyOf(natures);
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(reportedSatisfaction, "reportedSatisfaction");
    }

    /** What the county submits; the time and lateness are added when it is accepted. */
    public record Report(Substantiation substantiated, List<Nature> natures, String findings, Resolution resolution,
            ReportedSatisfaction reportedSatisfaction, boolean householdAtRisk, String householdId) {
    }
}
