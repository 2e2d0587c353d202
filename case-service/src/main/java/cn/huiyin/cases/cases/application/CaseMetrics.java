package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.CaseState;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CaseVerified;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Case flow for Grafana: transitions, accepted verifications by county and reported satisfaction, days to
 * verification by county and to close, callbacks by county and result, reopens. The open backlog by state and
 * county is a gauge kept by {@code CaseBacklog}.
 */
public class CaseMetrics {

    private final MeterRegistry meters;

    public CaseMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void opened(Case opened) {
        transition(null, opened.state());
    }

    void changed(Case before, Case after, List<Record> events) {
        if (before.state() != after.state()) {
            transition(before.state(), after.state());
        }
        if (after.reopenCount() > before.reopenCount()) {
            Counter.builder("huiyin.cases.reopened").description("cases sent back to investigation")
                    .register(meters).increment();
        }
        for (Record event : events) {
            if (event instanceof CaseVerified verified) {
                Counter.builder("huiyin.cases.verified")
                        .description("verification reports accepted, by county, reported satisfaction and lateness")
                        .tag("county", verified.countyCode())
                        .tag("satisfaction", verified.reportedSatisfaction().name())
                        .tag("late", String.valueOf(verified.late())).register(meters).increment();
                days("huiyin.cases.days.to.verification", "from assignment to the accepted verification report",
                        verified.countyCode(), Duration.between(verified.assignedAt(), verified.verifiedAt()));
            } else if (event instanceof CallbackCompleted callback) {
                Counter.builder("huiyin.callbacks").description("callback attempts by county and result")
                        .tag("county", callback.countyCode())
                        .tag("result", callback.result().name()).register(meters).increment();
            }
        }
        if (after.state() == CaseState.CLOSED && before.state() != CaseState.CLOSED) {
            days("huiyin.cases.days.to.close", "from the call to the case's closure", after.countyCode(),
                    Duration.between(after.receivedAt(), after.closedAt()));
        }
    }

    private void transition(CaseState from, CaseState to) {
        Counter.builder("huiyin.cases.transitions").description("case state changes")
                .tag("from", from == null ? "NONE" : from.name()).tag("to", to.name())
                .register(meters).increment();
    }

    private void days(String name, String description, String county, Duration elapsed) {
        DistributionSummary.builder(name).description(description).baseUnit("days").tag("county", county)
                .serviceLevelObjectives(1, 5, 10, 15, 25, 30, 60)
                .register(meters).record(Math.max(0, elapsed.toMinutes()) / 1440.0);
    }
}
