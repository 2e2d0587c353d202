package cn.huiyin.cases.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Cases;
import cn.huiyin.cases.cases.model.Transition;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

/** The Hotline dashboard's case figures carry the county, so that a region and county can be chosen. */
class CaseMetricsTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CaseMetrics metrics = new CaseMetrics(meters);

    @Test
    void countsAnAcceptedVerificationByCountyAndReportedSatisfaction() {
        Case investigating = Cases.investigating();
        Transition verified = investigating.verify(Cases.aSubstantiatedReport(), false, "weining-officer",
                Instant.parse("2020-03-20T08:00:00Z"));

        metrics.changed(investigating, verified.next(), verified.events());

        assertThat(meters.get("huiyin.cases.verified").tag("county", Cases.WEINING).tag("satisfaction", "SATISFIED")
                .tag("late", "false").counter().count()).isEqualTo(1);
        assertThat(meters.get("huiyin.cases.days.to.verification").tag("county", Cases.WEINING).summary().count())
                .isEqualTo(1);
    }

    @Test
    void countsCallbacksByCountyAndResult() {
        Case pending = Cases.callbackPending();
        Transition unreachable = pending.callback(Cases.unreachable(), Cases.THREE_ATTEMPTS_A_DAY_APART, null,
                "callback-desk-07", Instant.parse("2020-03-23T07:00:00Z"));
        Transition satisfied = unreachable.next().callback(Cases.satisfied(), Cases.THREE_ATTEMPTS_A_DAY_APART, null,
                "callback-desk-07", Instant.parse("2020-03-24T07:00:00Z"));

        metrics.changed(pending, unreachable.next(), unreachable.events());
        metrics.changed(unreachable.next(), satisfied.next(), satisfied.events());

        assertThat(meters.get("huiyin.callbacks").tag("county", Cases.WEINING).tag("result", "UNREACHABLE")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("huiyin.callbacks").tag("county", Cases.WEINING).tag("result", "SATISFIED")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("huiyin.cases.days.to.close").tag("county", Cases.WEINING).summary().count())
                .isEqualTo(1);
    }
}
