package cn.huiyin.monitoring.households.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts and shares as officers write them in evidence: "12000元", "35.6%", no needless decimals. */
public final class Yuan {

    private Yuan() {
    }

    /** "12000元", "7300.5元". */
    public static String of(double yuan) {
        return plain(yuan, 2) + "元";
    }

    /** A share as a percentage with at most one decimal: 0.356 → "35.6%". */
    public static String percent(double share) {
        return plain(share * 100, 1) + "%";
    }

    private static String plain(double value, int decimals) {
        if (!Double.isFinite(value)) {
            // never from validated input; stored before the bounds existed, it must not break an assessment
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
