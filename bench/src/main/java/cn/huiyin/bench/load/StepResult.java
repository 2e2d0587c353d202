package cn.huiyin.bench.load;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What one step at a fixed arrival rate measured. Latencies are in microseconds from each
 * request's scheduled send time; failures (timeouts, refused connections) are recorded at the time
 * they failed, so a stalled server shows in the percentiles instead of vanishing from them.
 */
public record StepResult(int rate, long scheduled, long sent, long ok, long non2xx, long errors, long timeouts,
        Map<Integer, Long> statuses, Histogram latency, double seconds, List<Histogram> windows) {

    /** The bar for a rate to count as sustained. */
    public static final double P99_LIMIT_MS = 100.0;
    public static final double MAX_ERROR_RATE = 0.001;
    public static final double MIN_ACHIEVED = 0.95;

    /** Successful answers per second, from the first scheduled send to the last answer. */
    public double achieved() {
        return seconds <= 0 ? 0 : ok / seconds;
    }

    /** Timeouts, connection errors, non-2xx answers and requests never sent, over the requests scheduled. */
    public double errorRate() {
        return scheduled == 0 ? 0 : (double) (errors + non2xx + (scheduled - sent)) / scheduled;
    }

    public double percentileMs(double percentile) {
        return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMs() {
        return latency.getTotalCount() == 0 ? Double.NaN : latency.getMaxValue() / 1000.0;
    }

    public boolean passes() {
        return percentileMs(99) <= P99_LIMIT_MS && errorRate() < MAX_ERROR_RATE && achieved() >= MIN_ACHIEVED * rate;
    }

    /** Far past the knee: a higher rate would only queue more and tell nothing new. */
    public boolean saturated() {
        return percentileMs(99) > 2_000 || errorRate() > 0.01 || achieved() < 0.9 * rate;
    }
}
