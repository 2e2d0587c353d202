package cn.huiyin.monitoring.households.model;

import java.time.Instant;
import java.util.List;

/** The one-household plan (一户一策): its measures, when it was made and by whom. */
public record AssistancePlan(List<Measure> measures, Instant madeAt, String madeBy) {

    public AssistancePlan {
        measures = List.copyOf(measures);
    }

    public boolean allFinished() {
        return measures.stream().allMatch(Measure::finished);
    }
}
