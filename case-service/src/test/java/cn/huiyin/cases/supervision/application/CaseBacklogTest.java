package cn.huiyin.cases.supervision.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.cases.application.Cases;
import cn.huiyin.cases.cases.infrastructure.CaseDocument;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.events.CaseReceived;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The open backlog Grafana shows by county: one series per state and county, never a "null" county. */
@CaseServiceTest
class CaseBacklogTest {

    @Autowired
    CaseOpening opening;

    @Autowired
    Cases cases;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void countsOpenCasesByStateAndCounty() {
        opening.open(Calls.anAppealFromWeining().inCounty("520526").event()).block();
        opening.open(Calls.anAppealFromWeining().inCounty("520526").event()).block();
        opening.open(Calls.anAppealFromWeining().inCounty("520502").event()).block();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        new CaseBacklog(cases, meters).refresh().block();

        assertThat(meters.find("huiyin.cases.open").gauges())
                .extracting(g -> g.getId().getTag("county"))
                .contains("520526", "520502")
                .doesNotContain("null");
        assertThat(openIn(meters, "520526")).isGreaterThanOrEqualTo(2);
        assertThat(openIn(meters, "520502")).isGreaterThanOrEqualTo(1);
        assertThat(meters.find("huiyin.cases.overdue").tag("county", "520526").gauges()).isNotEmpty();
    }

    @Test
    void aCountyWhoseLastOpenCaseClosedReadsZeroInsteadOfVanishing() {
        CaseReceived call = Calls.anAppealFromWeining().inCounty("520121").event();
        opening.open(call).block();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CaseBacklog backlog = new CaseBacklog(cases, meters);
        backlog.refresh().block();
        assertThat(openIn(meters, "520121")).isEqualTo(1);

        mongo.updateFirst(Query.query(Criteria.where("_id").is(CaseOpening.caseIdOf(call.callId()))),
                new Update().set(CaseDocument.path("state"), "CLOSED"), CaseDocument.COLLECTION).block();
        backlog.refresh().block();

        assertThat(meters.find("huiyin.cases.open").tag("county", "520121").gauges()).as("the series").isNotEmpty();
        assertThat(openIn(meters, "520121")).isZero();
    }

    private static double openIn(SimpleMeterRegistry meters, String county) {
        return meters.find("huiyin.cases.open").tag("county", county).gauges().stream()
                .mapToDouble(Gauge::value).sum();
    }
}
