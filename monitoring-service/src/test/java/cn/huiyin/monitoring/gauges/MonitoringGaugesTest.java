package cn.huiyin.monitoring.gauges;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.monitoring.support.Households;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The Hotline dashboard's households at risk, by level and county, so that a region and county can be chosen. */
@MonitoringServiceTest
class MonitoringGaugesTest {

    static final String OFFICE = Tokens.scopes("households:read", "households:write").regions("5205").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void countsHouseholdsByLevelAndCounty() {
        web.put().uri("/api/v1/households/{id}", "hh-gauge-weining").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Households.atRisk().body()).exchange().expectStatus().is2xxSuccessful();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        new MonitoringGauges(mongo, meters, Clock.systemUTC(), Duration.ofDays(15)).refresh().block();

        assertThat(meters.find("huiyin.households.risk.level").gauges())
                .extracting(g -> g.getId().getTag("county"))
                .contains("520526")
                .doesNotContain("null");
        assertThat(meters.find("huiyin.households.risk.level").tag("county", "520526").gauges())
                .extracting(g -> g.getId().getTag("level"))
                .containsAnyOf("MEDIUM", "HIGH");
    }
}
