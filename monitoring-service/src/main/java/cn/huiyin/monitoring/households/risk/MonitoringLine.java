package cn.huiyin.monitoring.households.risk;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The monitoring line (防止返贫监测范围): the per-capita net income under which a household is in the monitoring
 * range, set every year nationally and raised by some provinces. Lines are kept by year and by province code
 * (2 digits, GB/T 2260) with {@code "*"} for the national line.
 */
public final class MonitoringLine {

    /** The key of the national line, used where a province has not set its own. */
    public static final String NATIONAL = "*";

    private final NavigableMap<Integer, Map<String, Double>> lines;

    private MonitoringLine(NavigableMap<Integer, Map<String, Double>> lines) {
        this.lines = lines;
    }

    /** Lines by year, then by province code or {@code "*"}; every amount must be positive. */
    public static MonitoringLine of(Map<Integer, Map<String, Double>> lines) {
        Objects.requireNonNull(lines, "monitoring lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("at least one year's monitoring line must be configured");
        }
        NavigableMap<Integer, Map<String, Double>> copy = new TreeMap<>();
        lines.forEach((year, byProvince) -> {
            Objects.requireNonNull(year, "monitoring line year");
            if (byProvince == null || byProvince.isEmpty()) {
                throw new IllegalArgumentException("monitoring line for " + year + " names no province and no \"*\"");
            }
            byProvince.forEach((province, line) -> {
                if (province == null || province.isBlank() || line == null || !(line > 0)) {
                    throw new IllegalArgumentException("monitoring line for " + year + " / " + province
                            + " must be a positive amount of yuan but was " + line);
                }
            });
            copy.put(year, Map.copyOf(byProvince));
        });
        return new MonitoringLine(copy);
    }

    /**
     * The line for a year in a province: the province's own line of that year, else the national line of that year,
     * else the same search in the nearest earlier configured year (a new year's line is often published late).
     *
     * @throws IllegalStateException when no line is configured for that year or any earlier year
     */
    public double lineFor(int year, String provinceCode) {
        return find(year, provinceCode).orElseThrow(() -> new IllegalStateException("no monitoring line is"
                + " configured for " + year + " in province " + provinceCode + " or any earlier year; configured"
                + " years are " + lines.keySet() + " (huiyin.risk.monitoring-lines)"));
    }

    /** The line as {@link #lineFor(int, String)} finds it, or empty when no year at or before this one has one. */
    public OptionalDouble find(int year, String provinceCode) {
        for (Map.Entry<Integer, Map<String, Double>> entry = lines.floorEntry(year); entry != null;
                entry = lines.lowerEntry(entry.getKey())) {
            Map<String, Double> byProvince = entry.getValue();
            Double line = provinceCode == null ? null : byProvince.get(provinceCode);
            if (line == null) {
                line = byProvince.get(NATIONAL);
            }
            if (line != null) {
                return OptionalDouble.of(line);
            }
        }
        return OptionalDouble.empty();
    }

    /** The province of a region, county or village code: its first two digits (GB/T 2260); null when unknown. */
    public static String provinceOf(String regionCode) {
        return regionCode != null && regionCode.length() >= 2 ? regionCode.substring(0, 2) : null;
    }

    /** The configured lines, by year then province code or {@code "*"}. */
    public Map<Integer, Map<String, Double>> lines() {
        return Collections.unmodifiableMap(new TreeMap<>(lines));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonitoringLine that && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "MonitoringLine" + lines;
    }
}
