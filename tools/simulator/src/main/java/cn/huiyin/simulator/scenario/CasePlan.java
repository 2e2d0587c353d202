package cn.huiyin.simulator.scenario;

import java.time.Duration;
import java.util.List;

/**
 * How a county and the callback desk handle one case (all times after the call was received).
 *
 * @param verifyAfter      when the county reports; null: it never does (a missing report, 漏报)
 * @param firstRound       callback outcomes until the case is closed or reopened: SATISFIED, UNSATISFIED or UNREACHABLE
 * @param followUpAfter    after an unsatisfied callback, when the county reports again (跟踪调度)
 * @param secondRound      callback outcomes after the follow-up report (empty: still waiting for the callback)
 */
public record CasePlan(Duration acceptAfter, Duration verifyAfter, String substantiated, List<String> natures,
        String resolution, String reportedSatisfaction, List<String> firstRound, Duration followUpAfter,
        List<String> secondRound) {

    public boolean reported() {
        return verifyAfter != null;
    }
}
