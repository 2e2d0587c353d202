package cn.huiyin.monitoring.households.risk;

import cn.huiyin.monitoring.households.model.AssistancePlan;
import cn.huiyin.monitoring.households.model.Measure;
import cn.huiyin.monitoring.households.model.MeasureType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One-household plans (一户一策) for the rule tests. */
public final class Plans {

    private Plans() {
    }

    public static AssistancePlan aPlanOf(Measure... measures) {
        return new AssistancePlan(List.of(measures), Instant.parse("2024-03-10T02:00:00Z"), "威宁县乡村振兴局");
    }

    /** A plan whose measures of these types are all done. */
    public static AssistancePlan aFinishedPlanOf(MeasureType... types) {
        return aPlanOf(Arrays.stream(types).map(type -> measure(type, Measure.Status.DONE)).toArray(Measure[]::new));
    }

    public static Measure measure(MeasureType type, Measure.Status status) {
        return new Measure(type, type.label() + "措施", "威宁县乡村振兴局", LocalDate.of(2025, 3, 31), status);
    }
}
