package cn.huiyin.bench.e2e;

import cn.huiyin.bench.calls.HotlineCalls;
import cn.huiyin.bench.load.OpenLoopLoad;
import cn.huiyin.bench.load.StepResult;
import cn.huiyin.bench.machine.LoadAverage;
import cn.huiyin.bench.results.Figures;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.Histogram;

/**
 * The run behind {@code bench/run e2e}: calls at a fixed rate (open loop) into intake, then
 * <ul>
 * <li>call → case: for every call answered 201 with disposition {@code TRANSFER} (the calls that open a case),
 * the time from the moment its request was due to the moment its {@code case-assigned} event reached a consumer;</li>
 * <li>call → report: reporting's summary of 毕节市 for the calls' day, polled every second, and the time from the
 * last call's due time until {@code calls.total} counts every call answered 201 (above what it counted before).</li>
 * </ul>
 * Both clocks are this JVM's {@link System#nanoTime()}; the report time has the polling's resolution (about 1 s).
 */
public final class EndToEndBenchmark {

    private static final String REGION = "5205";
    private static final String TRANSFER = "\"disposition\":\"TRANSFER\"";
    private static final String CALL_ID = "\"callId\":\"";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofSeconds(1);

    private EndToEndBenchmark() {
    }

    public static int run(EndToEndOptions options) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        ReportCounter report = new ReportCounter(options.reporting(), options.token(), REGION, options.day());
        int before = report.callsTotal();
        System.out.printf("end to end: %d calls/s for %d s into %s, calls dated %s in Bijie; the summary of %s for "
                + "that day counted %,d calls before; load %s%n", options.rate(), options.duration().toSeconds(),
                options.intake(), options.day(), REGION, before, LoadAverage.now());
        Map<String, Long> transfers = new ConcurrentHashMap<>();
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        StepResult http;
        Histogram toCase = new Histogram(Duration.ofMinutes(30).toNanos() / 1000, 3);
        long lastDue;
        long caseArrived = 0;
        Long reportCounted = null;
        int counted = before;
        try (CaseAssignedWatcher watcher = new CaseAssignedWatcher(options.kafka());
                OpenLoopLoad load = new OpenLoopLoad(options.intake().resolve("/api/v1/calls"), options.token(), 500,
                        TIMEOUT, new HotlineCalls("e" + run, 3, options.day(), 1)::body, (body, due) -> {
                            String callId = callId(body);
                            if (callId != null) {
                                accepted.put(callId, due);
                                if (body.contains(TRANSFER)) {
                                    transfers.put(callId, due);
                                }
                            }
                        })) {
            watcher.start();
            http = load.run(options.rate(), options.duration());
            lastDue = accepted.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());
            System.out.printf("intake: achieved %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %,d answered 201 "
                    + "(%,d to transfer, each opens a case), errors %d, non-2xx %d%n", http.achieved(),
                    http.percentileMs(50), http.percentileMs(99), http.maxMs(), accepted.size(), transfers.size(),
                    http.errors() + http.scheduled() - http.sent(), http.non2xx());
            long deadline = System.nanoTime() + options.settle().toNanos();
            while (System.nanoTime() < deadline) {
                caseArrived = transfers.keySet().stream().filter(id -> watcher.arrival(id) != null).count();
                if (reportCounted == null && !accepted.isEmpty()) {
                    counted = report.callsTotal();
                    if (counted - before >= accepted.size()) {
                        reportCounted = System.nanoTime();
                    }
                }
                if ((reportCounted != null || accepted.isEmpty()) && caseArrived == transfers.size()) {
                    break;
                }
                Thread.sleep(POLL.toMillis());
            }
            for (Map.Entry<String, Long> call : transfers.entrySet()) {
                Long arrived = watcher.arrival(call.getKey());
                if (arrived != null) {
                    toCase.recordValue(Math.max(0, (arrived - call.getValue()) / 1000));
                }
            }
        }
        Figures figures = new Figures().put("rate", options.rate()).put("seconds", options.duration().toSeconds())
                .put("day", options.day().toString()).put("region", REGION)
                .put("httpAchieved", http.achieved()).put("httpP50Ms", http.percentileMs(50))
                .put("httpP99Ms", http.percentileMs(99)).put("httpMaxMs", http.maxMs())
                .put("httpErrors", http.errors() + http.scheduled() - http.sent()).put("httpNon2xx", http.non2xx())
                .put("accepted", accepted.size()).put("transfers", transfers.size()).put("caseAssigned", caseArrived)
                .put("callToCaseP50Ms", ms(toCase, 50)).put("callToCaseP90Ms", ms(toCase, 90))
                .put("callToCaseP99Ms", ms(toCase, 99))
                .put("callToCaseMaxMs", toCase.getTotalCount() == 0 ? Double.NaN : toCase.getMaxValue() / 1000.0)
                .put("reportBefore", before).put("reportCounted", counted - before)
                .put("callToReportSeconds", reportCounted == null ? Double.NaN : (reportCounted - lastDue) / 1e9)
                .put("waitSeconds", options.settle().toSeconds())
                // a request that timed out may still have been stored and counted: the total then reaches the
                // accepted calls before every one of them is counted, and the time is too short
                .put("callToReportExact", http.errors() + http.scheduled() - http.sent() == 0 && http.non2xx() == 0);
        System.out.printf("call -> case-assigned: %,d of %,d cases arrived; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms (from each call's due time)%n", caseArrived, transfers.size(), ms(toCase, 50),
                ms(toCase, 90), ms(toCase, 99), toCase.getTotalCount() == 0 ? Double.NaN : toCase.getMaxValue() / 1e3);
        System.out.println(accepted.isEmpty() ? "call -> report: not measured, intake accepted no call"
                : reportCounted == null ? "call -> report: after %d s the summary counted %,d of the %,d calls".formatted(
                        options.settle().toSeconds(), counted - before, accepted.size())
                : "call -> report: the summary counted all %,d calls %.1f s after the last call was due".formatted(
                        accepted.size(), (reportCounted - lastDue) / 1e9)
                        + (http.errors() + http.scheduled() - http.sent() > 0 ? " (inexact: requests that timed out"
                        + " may have been stored and counted too, so it may have reached the total early)" : ""));
        figures.write(options.json());
        return 0;
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String callId(String body) {
        int from = body.indexOf(CALL_ID);
        int to = from < 0 ? -1 : body.indexOf('"', from + CALL_ID.length());
        return to < 0 ? null : body.substring(from + CALL_ID.length(), to);
    }
}
