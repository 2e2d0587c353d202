package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.model.Summary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The paragraph that sets the satisfaction the counties reported against what the callbacks found. */
final class SatisfactionText {

    private SatisfactionText() {
    }

    static String of(Summary summary) {
        String reported = scale(Satisfaction.REPORTED, summary.reportedSatisfaction(),
                summary.reportedSatisfactionShares());
        String callback = scale(Satisfaction.CALLBACK, summary.callbackSatisfaction(),
                summary.callbackSatisfactionShares());
        return "从满意度来看，县级上报" + reported + "；回访" + callback + pending(summary) + "。" + comparison(summary);
    }

    /** Citizens not reached yet have no outcome: said apart, and only when there are any, as the seed report has none. */
    private static String pending(Summary summary) {
        int pending = summary.callbackRetryPending();
        return pending == 0 ? "" : "；另有" + pending + "件暂未联系上、待再次回访";
    }

    private static String scale(List<Satisfaction> scale, Map<String, Integer> counts, Map<String, Double> shares) {
        // a zero goes without a share, as in the other listings; so an empty period divides nothing
        return scale.stream()
                .map(s -> Phrases.count(counts, s.key()) == 0 ? s.label() + "0件"
                        : s.label() + Phrases.count(counts, s.key()) + "件（占"
                                + Percent.of(Phrases.share(shares, s.key())) + "）")
                .collect(Collectors.joining("、"));
    }

    /** Satisfied against satisfied: the gap the seed report points at when counties report too rosy a picture. */
    private static String comparison(Summary summary) {
        if (summary.total() == 0) {
            return "";
        }
        double reported = Phrases.share(summary.reportedSatisfactionShares(), "SATISFIED");
        double callback = Phrases.share(summary.callbackSatisfactionShares(), "SATISFIED");
        String points = Percent.pointsBetween(reported, callback);
        if (points.equals("0.0")) {
            return "回访满意率与上报满意率持平。";
        }
        return "回访满意率（" + Percent.of(callback) + "）比上报满意率（" + Percent.of(reported) + "）"
                + (callback < reported ? "低" : "高") + points + "个百分点。";
    }
}
