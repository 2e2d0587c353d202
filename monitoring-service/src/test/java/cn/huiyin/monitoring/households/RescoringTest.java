package cn.huiyin.monitoring.households;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.local.testkit.Tokens;
import cn.huiyin.local.testkit.TopicProbe;
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

    static final String OFFICE = Tokens.scopes("households:read", "households:write").regions("52").bearer();

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

    @Test
    void refusesRescoringWithoutTheWriteScope() {
        web.post().uri("/api/v1/risk/rescore")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("households:read").bearer())
                .exchange().expectStatus().isForbidden();
    }
}
