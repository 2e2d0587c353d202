package cn.huiyin.monitoring.households;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;
import cn.huiyin.monitoring.households.application.Rescoring;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@MonitoringServiceTest
class RescoringTest {

    static final String OFFICE = Tokens.roles("monitoring-office").regions("52").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void rescoresEveryHouseholdWhoseStoredAssessmentIsStaleAndPublishesTheLevelChange() {
        Households h = Households.aFamilyFromWeining()
                .with("members", List.of(Map.of("age", 40, "illness", "SERIOUS")))
                .with("housingSafe", false);
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.body()).exchange().expectStatus().isCreated();
        // as if the household had been scored under older rules
        mongo.updateFirst(Query.query(Criteria.where("_id").is(h.id())),
                new Update().set("assessment.level", "NONE").set("assessment.score", 0)
                        .set("assessment.factors", List.of()), "households").block();

        Rescoring.Result result = web.post().uri("/api/v1/risk/rescore").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isOk()
                .expectBody(Rescoring.Result.class).returnResult().getResponseBody();

        assertThat(result.households()).isGreaterThanOrEqualTo(1);
        assertThat(result.rescored()).isGreaterThanOrEqualTo(1);
        assertThat(result.levelChanged()).isGreaterThanOrEqualTo(1);
        Document stored = mongo.findById(h.id(), Document.class, "households").block();
        Document assessment = stored.get("assessment", Document.class);
        assertThat(assessment.getString("level")).isNotEqualTo("NONE");
        try (TopicProbe probe = TopicProbe.on("household-risk")) {
            assertThat(probe.await(r -> h.id().equals(r.key())
                    && new String(r.value(), StandardCharsets.UTF_8).contains("\"signalType\":\"RULES_CHANGED\""), 1,
                    Duration.ofSeconds(30))).hasSize(1);
        }
    }

    /** Five unsafe houses whose stored assessment does not know it yet. */
    private List<Households> fiveScoredUnderOlderRules() {
        List<Households> stale = List.of(Households.aFamilyFromWeining(), Households.aFamilyFromWeining(),
                Households.aFamilyFromWeining(), Households.aFamilyFromWeining(), Households.aFamilyFromWeining());
        stale.forEach(h -> {
            register(h.with("housingSafe", false));
            scoredUnderOlderRules(h);
        });
        return stale;
    }

    @Test
    void rescoringIsTheProvincesActNotACountysOrATokenWithoutRegions() {
        for (String token : new String[] {
            Tokens.roles("monitoring-office").regions("520526").bearer(),
            Tokens.roles("monitoring-office").regions("5205").bearer(),
            Tokens.roles("monitoring-office").regions().bearer(),
            Tokens.roles("county-office", "city-office", "department").regions("52", "5205", "520526").bearer(),
            Tokens.scopes("households:read", "households:write").regions("52").bearer()}) {
            web.post().uri("/api/v1/risk/rescore").header(HttpHeaders.AUTHORIZATION, token).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType("application/problem+json");
        }
    }

    @Test
    void visitsEveryHouseholdOnceAcrossManyPages() {
        List<Households> stale = fiveScoredUnderOlderRules();
        long stored = mongo.count(new Query(), "households").block();

        Rescoring.Result result = rescore("/api/v1/risk/rescore?pageSize=2");

        assertThat(result.households()).isEqualTo(stored);
        assertThat(result.rescored()).isGreaterThanOrEqualTo(stale.size());
        stale.forEach(h -> assertThat(mongo.findById(h.id(), Document.class, "households").block()
                .get("assessment", Document.class).getList("factors", String.class)).contains("UNSAFE_HOUSING"));
    }

    @Test
    void continuesARunStoppedAfterSomePagesAfterItsLastPageSoEachHouseholdIsWalkedOnce() {
        List<Households> stale = fiveScoredUnderOlderRules();
        long stored = mongo.count(new Query(), "households").block();

        // as if the service had stopped after two pages: the run's progress says where it was
        Rescoring.Result stopped = rescore("/api/v1/risk/rescore?pageSize=2&pages=2");
        Document progress = mongo.findOne(Query.query(Criteria.where("finishedAt").is(null)), Document.class,
                "rescoring_runs").block();
        Rescoring.Result resumed = rescore("/api/v1/risk/rescore?pageSize=2");

        assertThat(stopped.finished()).isFalse();
        assertThat(stopped.households()).isEqualTo(4);
        assertThat(progress.getLong("pages")).isEqualTo(2);
        assertThat(progress.getString("lastId")).isNotBlank();
        assertThat(resumed.finished()).isTrue();
        assertThat(resumed.resumedAfter()).isEqualTo(4);
        assertThat(resumed.households()).as("every household once over both calls").isEqualTo(stored);
        stale.forEach(h -> {
            Document household = mongo.findById(h.id(), Document.class, "households").block();
            assertThat(household.getLong("version")).as("registered, then rescored once").isEqualTo(2);
            assertThat(household.get("assessment", Document.class).getList("factors", String.class))
                    .contains("UNSAFE_HOUSING");
        });
        assertThat(mongo.count(Query.query(Criteria.where("finishedAt").is(null)), "rescoring_runs").block()).isZero();
    }

    @Test
    void leavesHouseholdsWhoseAssessmentIsCurrentUntouched() {
        Households h = Households.aFamilyFromWeining();
        register(h);
        long version = mongo.findById(h.id(), Document.class, "households").block().getLong("version");

        rescore("/api/v1/risk/rescore?pageSize=1");

        assertThat(mongo.findById(h.id(), Document.class, "households").block().getLong("version"))
                .isEqualTo(version);
    }

    @Test
    void refusesAPageSizeOutsideOneToTenThousand() {
        web.post().uri("/api/v1/risk/rescore?pageSize=0").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("pageSize");
        web.post().uri("/api/v1/risk/rescore?pageSize=10001").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void refusesRescoringWithoutTheWriteScope() {
        web.post().uri("/api/v1/risk/rescore")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("households:read").bearer())
                .exchange().expectStatus().isForbidden();
    }

    private void register(Households h) {
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.body()).exchange().expectStatus().isCreated();
    }

    private void scoredUnderOlderRules(Households h) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(h.id())),
                new Update().set("assessment.level", "NONE").set("assessment.score", 0)
                        .set("assessment.factors", List.of()), "households").block();
    }

    private Rescoring.Result rescore(String uri) {
        return web.post().uri(uri).header(HttpHeaders.AUTHORIZATION, OFFICE).exchange().expectStatus().isOk()
                .expectBody(Rescoring.Result.class).returnResult().getResponseBody();
    }
}
