package cn.huiyin.bench.suite;

import cn.huiyin.bench.BenchOptions;
import cn.huiyin.bench.machine.LoadAverage;
import cn.huiyin.bench.machine.ProcessMemory;
import cn.huiyin.bench.results.Figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of {@code bench/run suite}: reads the figures each part wrote ({@code --dir}), prints one table
 * (figure, value, the same-run reference, ratio, target, met?) and the peak RSS of each process, and writes
 * the whole run as one JSON file ({@code --out}). A part that wrote nothing shows "n/a".
 */
public final class SuiteTable {

    private static final String[] PARTS = {"producer", "intake", "e2e", "reporting", "rescore", "startup", "demo"};

    private final Map<String, Map<String, Object>> parts = new LinkedHashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    private SuiteTable() {
    }

    public static int run(String[] args) throws Exception {
        Path dir = null;
        Path out = null;
        Map<String, Long> pids = Map.of();
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--pids" -> pids = BenchOptions.pids(args[i + 1]);
                case "--meta" -> {
                    String[] pair = args[i + 1].split("=", 2);
                    meta.put(pair[0], pair.length > 1 ? pair[1] : "");
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null || out == null) {
            throw new IllegalArgumentException("--dir and --out are required");
        }
        return new SuiteTable().print(dir, out, pids, meta);
    }

    private int print(Path dir, Path out, Map<String, Long> pids, Map<String, String> meta) throws Exception {
        for (String part : PARTS) {
            parts.put(part, Figures.read(dir.resolve(part + ".json").toFile()));
        }
        Map<String, Object> intake = map(parts.get("intake").get("intake"));
        Map<String, Object> ceiling = map(parts.get("intake").get("ceiling"));
        Map<String, Object> e2e = parts.get("e2e");
        Map<String, Object> producer = parts.get("producer");
        Map<String, Object> reporting = parts.get("reporting");
        Map<String, Object> rescore = sizes(parts.get("rescore"));

        row("intake sustained calls/s (p99<=100ms)", num(intake, "sustainedRate"), num(ceiling, "sustainedRate"),
                "ceiling sustained", 400, true);
        // issue 16: and at least 0.8 of the bare insert's sustained rate in the same run
        requireRatio(0.8);
        row("MongoDB commands per call, before the answer", num(intake, "commandsBeforeAnswer"), null, null, 3,
                false);
        row("MongoDB commands per call, with the outbox's", num(intake, "commandsPerCall"), null, null, null, false);
        row("intake CPU ms per accepted call (at " + whole(num(intake, "costRate")) + "/s)",
                num(intake, "cpuMsPerCall"), null, null, 1.5, false);
        row("intake peak calls/s (any latency)", num(intake, "peakAchieved"), num(ceiling, "peakAchieved"),
                "ceiling peak", null, true);
        row("intake p99 ms at 200/s (ladder step)", num(step(intake, 200), "p99Ms"), num(step(ceiling, 200), "p99Ms"),
                "ceiling p99 at 200/s", 100, false);
        row("intake p99 ms at 200/s (e2e run)", num(e2e, "httpP99Ms"), null, null, 100, false);
        row("call->case p50 ms at 200/s", num(e2e, "callToCaseP50Ms"), null, null, null, false);
        row("call->case p99 ms at 200/s", num(e2e, "callToCaseP99Ms"), null, null, 1_000, false);
        row("cases arrived / calls to transfer", num(e2e, "caseAssigned"), num(e2e, "transfers"),
                "calls answered TRANSFER", null, true);
        row(Boolean.FALSE.equals(e2e.get("callToReportExact")) ? "call->report s (INEXACT: timeouts)"
                : "call->report s (report counts all)", num(e2e, "callToReportSeconds"), null, null, null, false);
        row("projection events/s (" + whole(num(reporting, "events")) + " events)", num(reporting,
                "projectedPerSecond"), num(producer, "recordsPerSecond"), "raw producer rec/s", 2_500, true);
        // issue 15: and at least half the raw producer's rate in the same run
        requireRatio(0.5);
        row("raw producer p99 ms send->ack", num(producer, "p99Ms"), null, null, null, false);
        row("summary ms, slowest median (" + whole(num(reporting, "cases")) + " cases)", slowestSummary(reporting),
                null, null, 300, false);
        row("rescoring households/s (" + whole(num(rescore, "households")) + ", stale)",
                num(rescore, "stalePerSecond"), null, null, 3_000, true);
        row("./huiyin up s (when the suite started it)", num(parts.get("startup"), "upSeconds"), null, null, 30,
                false);
        row("./huiyin demo s (warm build)", num(parts.get("demo"), "demoSeconds"), null, null, 120, false);

        System.out.printf("%n== Huiyin benchmark suite (%s) ==%n", meta.getOrDefault("started", ""));
        String format = "%-46s %12s %12s  %-24s %8s %15s %5s%n";
        System.out.printf(format, "figure", "value", "reference", "(reference is)", "ratio", "target", "met?");
        for (Map<String, Object> row : rows) {
            System.out.printf(format, row.get("figure"), fmt(row.get("value")), fmt(row.get("reference")),
                    row.get("referenceIs") == null ? "" : row.get("referenceIs"), fmt(row.get("ratio")),
                    row.get("targetText"), row.get("met"));
        }
        Map<String, Long> rss = new LinkedHashMap<>();
        pids.forEach((name, pid) -> rss.put(name, ProcessMemory.peakRssKb(pid)));
        for (String part : PARTS) {
            Object kb = parts.get(part).get("benchPeakRssKb");
            if (kb instanceof Number n) {
                rss.put("bench " + part + " JVM", n.longValue());
            }
        }
        System.out.printf("%npeak RSS (VmHWM)%n");
        rss.forEach((name, kb) -> System.out.printf("  %-24s %s%n", name, kb < 0 ? "n/a" : "%,d MB".formatted(kb / 1024)));
        String load = LoadAverage.now();
        System.out.printf("load 1/5/15 at the end: %s%n", load);

        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("meta", meta);
        whole.put("loadAtEnd", load);
        whole.put("cores", Runtime.getRuntime().availableProcessors());
        whole.put("table", rows);
        whole.put("peakRssKb", rss);
        whole.put("parts", parts);
        Files.writeString(out, Figures.json(whole));
        System.out.printf("written to %s%n", out);
        return 0;
    }

    /**
     * @param higherIsBetter whether the target is a floor (value >= target) or a ceiling (value <= target)
     */
    private void row(String figure, Double value, Double reference, String referenceIs, Number target,
            boolean higherIsBetter) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("figure", figure);
        row.put("value", value);
        row.put("reference", reference);
        row.put("referenceIs", referenceIs);
        row.put("ratio", value != null && reference != null && reference != 0 ? value / reference : null);
        row.put("target", target);
        row.put("targetText", target == null ? "-" : (higherIsBetter ? ">= " : "<= ") + (target instanceof Integer
                ? "%,d".formatted(target) : target.toString()));
        row.put("met", target == null ? "-" : value == null ? "n/a"
                : (higherIsBetter ? value >= target.doubleValue() : value <= target.doubleValue()) ? "yes" : "NO");
        rows.add(row);
    }

    /** The last row is met only when its ratio to the reference is at least {@code floor} too. */
    private void requireRatio(double floor) {
        Map<String, Object> row = rows.get(rows.size() - 1);
        row.put("targetText", row.get("targetText") + ", x" + floor);
        if ("yes".equals(row.get("met")) && !(row.get("ratio") instanceof Double ratio && ratio >= floor)) {
            row.put("met", "NO");
        }
    }

    private static String fmt(Object value) {
        if (!(value instanceof Double d)) {
            return value == null ? "n/a" : value.toString();
        }
        return Math.abs(d) >= 100 ? "%,.0f".formatted(d) : Math.abs(d) >= 0.1 || d == 0 ? "%.2f".formatted(d)
                : "%.5f".formatted(d);
    }

    private static String whole(Double value) {
        return value == null ? "?" : "%,.0f".formatted(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Double num(Map<String, Object> values, String name) {
        return values.get(name) instanceof Number n ? n.doubleValue() : null;
    }

    private static Map<String, Object> step(Map<String, Object> ladder, int rate) {
        if (ladder.get("steps") instanceof List<?> steps) {
            for (Object step : steps) {
                Map<String, Object> values = map(step);
                if (values.get("rate") instanceof Number n && n.intValue() == rate) {
                    return values;
                }
            }
        }
        return Map.of();
    }

    private static Map<String, Object> sizes(Map<String, Object> rescore) {
        return rescore.get("sizes") instanceof List<?> list && !list.isEmpty() ? map(list.get(list.size() - 1))
                : Map.of();
    }

    private static Double slowestSummary(Map<String, Object> reporting) {
        Double slowest = null;
        if (reporting.get("summaries") instanceof List<?> list) {
            for (Object summary : list) {
                Double median = num(map(summary), "medianMs");
                if (median != null && (slowest == null || median > slowest)) {
                    slowest = median;
                }
            }
        }
        return slowest;
    }

}
