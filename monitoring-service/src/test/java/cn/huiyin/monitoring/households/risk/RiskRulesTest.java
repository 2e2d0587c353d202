package cn.huiyin.monitoring.households.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.huiyin.events.RiskFactor;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Rules that make no sense are refused with the setting they got wrong. */
class RiskRulesTest {

    private final RiskRules d = RiskRules.defaults();

    @Test
    void theDefaultsGivePointsToEveryFactor() {
        assertThat(d.points()).containsOnlyKeys(RiskFactor.values());
        assertThat(d.levels()).isEqualTo(new RiskRules.Levels(15, 35, 60));
    }

    @Test
    void levelsMustRise() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskRules.Levels(35, 15, 60))
                .withMessageContaining("risk levels must rise");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskRules.Levels(0, 35, 60))
                .withMessageContaining("risk levels must rise");
    }

    @Test
    void everyFactorNeedsItsPoints() {
        Map<RiskFactor, Integer> points = new EnumMap<>(d.points());
        points.remove(RiskFactor.NO_SAFE_WATER);

        assertThatIllegalArgumentException().isThrownBy(() -> withPoints(points))
                .withMessage("points for NO_SAFE_WATER must be configured");
        assertThatIllegalArgumentException().isThrownBy(() -> d.withPoints(RiskFactor.ILLNESS, 101))
                .withMessage("points for ILLNESS must be 0..100 but was 101");
    }

    @Test
    void sharesMustBeBetweenZeroAndOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskRules(d.version(), d.points(),
                        d.seriousIllnessPoints(), d.chronicIllnessPoints(), d.incomeBelowLinePoints(),
                        d.medicalExpenditureYuan(), 30, d.schoolingExpenditureYuan(), d.incomeDropShare(),
                        d.rigidShareOfIncome(), d.lookBackDays(), d.levels(), d.monitoringLine()))
                .withMessage("medicalShareOfIncome must be a share in (0, 1] but was 30.0");
    }

    private RiskRules withPoints(Map<RiskFactor, Integer> points) {
        return new RiskRules(d.version(), points, d.seriousIllnessPoints(), d.chronicIllnessPoints(),
                d.incomeBelowLinePoints(), d.medicalExpenditureYuan(), d.medicalShareOfIncome(),
                d.schoolingExpenditureYuan(), d.incomeDropShare(), d.rigidShareOfIncome(), d.lookBackDays(),
                d.levels(), d.monitoringLine());
    }
}
