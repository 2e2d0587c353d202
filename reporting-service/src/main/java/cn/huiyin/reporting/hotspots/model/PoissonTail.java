package cn.huiyin.reporting.hotspots.model;

/** P(X ≥ k) for a Poisson count X of mean λ: how likely a count this high is by chance alone. */
public final class PoissonTail {

    private PoissonTail() {
    }

    public static double probabilityAtLeast(int k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        if (lambda <= 0.0) {
            return 0.0;
        }
        // summed upwards from k in log space: 1 - P(X < k) would round a tiny tail to 0
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0.0;
        for (int i = k; term > 0.0 && (i < k + 10 || term > sum * 1e-15) && i < k + 100_000; i++) {
            sum += term;
            term *= lambda / (i + 1);
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(int n) {
        double sum = 0.0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
