package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code huiyin.risk.*}: the risk rules as configured; every setting left out keeps its default of
 * {@link RiskRules#defaults()}. Points are overridden factor by factor and monitoring lines year by year and
 * province by province, so a province only writes what it changes. See the package documentation for an example.
 */
@ConfigurationProperties("huiyin.risk")
public record RiskProperties(String version, Map<RiskFactor, Integer> points, Integer seriousIllnessPoints,
        Integer chronicIllnessPoints, Integer incomeBelowLinePoints, Double medicalExpenditureYuan,
        Double medicalShareOfIncome, Double schoolingExpenditureYuan, Double incomeDropShare,
        Double rigidShareOfIncome, Integer lookBackDays, Levels levels,
        Map<Integer, Map<String, Double>> monitoringLines) {

    /**
     * The key of the national line in configuration. Spring drops a bare {@code "*"} map key (only {@code "[*]"}
     * survives binding), so configuration says {@code national}; both end up as {@link MonitoringLine#NATIONAL}.
     */
    public static final String NATIONAL_KEY = "national";

    /** {@code huiyin.risk.levels.*}: the score from which each level starts. */
    public record Levels(Integer low, Integer medium, Integer high) {
    }

    /** The validated rules; throws {@link IllegalArgumentException} naming the first invalid setting. */
    public RiskRules toRules() {
        RiskRules d = RiskRules.defaults();
        Map<RiskFactor, Integer> mergedPoints = new EnumMap<>(d.points());
        if (points != null) {
            mergedPoints.putAll(points);
        }
        RiskRules.Levels defaultLevels = d.levels();
        RiskRules.Levels mergedLevels = levels == null ? defaultLevels : new RiskRules.Levels(
                or(levels.low(), defaultLevels.low()), or(levels.medium(), defaultLevels.medium()),
                or(levels.high(), defaultLevels.high()));
        return new RiskRules(or(version, d.version()), mergedPoints,
                or(seriousIllnessPoints, d.seriousIllnessPoints()), or(chronicIllnessPoints, d.chronicIllnessPoints()),
                or(incomeBelowLinePoints, d.incomeBelowLinePoints()),
                or(medicalExpenditureYuan, d.medicalExpenditureYuan()), or(medicalShareOfIncome,
                        d.medicalShareOfIncome()), or(schoolingExpenditureYuan, d.schoolingExpenditureYuan()),
                or(incomeDropShare, d.incomeDropShare()), or(rigidShareOfIncome, d.rigidShareOfIncome()),
                or(lookBackDays, d.lookBackDays()), mergedLevels, MonitoringLine.of(mergedLines()));
    }

    private Map<Integer, Map<String, Double>> mergedLines() {
        Map<Integer, Map<String, Double>> merged = new HashMap<>();
        RiskRules.defaultLines().forEach((year, lines) -> merged.put(year, new HashMap<>(lines)));
        if (monitoringLines != null) {
            monitoringLines.forEach((year, lines) -> {
                if (lines != null) {
                    Map<String, Double> ofYear = merged.computeIfAbsent(year, y -> new HashMap<>());
                    lines.forEach((province, line) -> ofYear.put(
                            NATIONAL_KEY.equalsIgnoreCase(province) ? MonitoringLine.NATIONAL : province, line));
                }
            });
        }
        return merged;
    }

    private static <T> T or(T configured, T fallback) {
        return Objects.requireNonNullElse(configured, fallback);
    }
}
