package cn.huiyin.cases.supervision.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.cases.application.Cases;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.cases.support.MutableClock;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

/** Due soon at 80 % of the time, overdue after it, each once, and a report after the deadline counted late. */
@CaseServiceTest
class DeadlineWatchTest {

    static final String COUNTY = Tokens.scopes("cases:read", "cases:write").regions("5205").bearer();

    @Autowired
    MutableClock clock;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    CaseOpening opening;

    @Autowired
    Cases cases;



    @Autowired
    WebTestClient web;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    String open(CaseReceived call) {
        opening.open(call).block();
        return CaseOpening.caseIdOf(call.callId());
    }

    @Test
    void marksACaseDueSoonThenOverdueOnceEachAndCountsALateReport() {
        // 大方县, where no other test opens cases: the overdue list's first page is this test's alone
        String caseId = open(Calls.anAppealFromWeining().inCounty("520521").receivedAt(clock.instant()).event());

        clock.advance(Duration.ofDays(21));
        watch.run().block();
        watch.run().block();
        clock.advance(Duration.ofDays(6));
        watch.run().block();
        watch.run().block();

        web.get().uri("/api/v1/cases/{id}", caseId).header(HttpHeaders.AUTHORIZATION, COUNTY).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.dueSoon").isEqualTo(true).jsonPath("$.overdue").isEqualTo(true);
        web.get().uri("/api/v1/cases?overdue=true&county=520521").header(HttpHeaders.AUTHORIZATION, COUNTY)
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains(caseId));
        try (TopicProbe probe = TopicProbe.on("case-overdue")) {
            List<ConsumerRecord<String, byte[]>> marks = probe.await(r -> caseId.equals(r.key()), 2,
                    Duration.ofSeconds(30));
            assertThat(probe.drain(r -> caseId.equals(r.key()), Duration.ofSeconds(3))).hasSize(2);
            assertThat(marks).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .anySatisfy(p -> assertThat(p).contains("\"stage\":\"DUE_SOON\""))
                    .anySatisfy(p -> assertThat(p).contains("\"stage\":\"OVERDUE\""));
        }

        web.post().uri("/api/v1/cases/{id}/acceptance", caseId).header(HttpHeaders.AUTHORIZATION, COUNTY)
                .bodyValue(Map.of("investigators", List.of("甲"))).exchange().expectStatus().isOk();
        web.post().uri("/api/v1/cases/{id}/verification", caseId).header(HttpHeaders.AUTHORIZATION, COUNTY)
                .bodyValue(Map.of("substantiated", "NO", "resolution", "EXPLAINED", "reportedSatisfaction",
                        "SATISFIED")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.late").isEqualTo(true).jsonPath("$.verification.late").isEqualTo(true)
                .jsonPath("$.overdue").isEqualTo(false);
    }

    @Test
    void takesReportsEnteredAfterTheWatchMarkedTheCaseDatedWhenTheyHappened() {
        Instant received = clock.instant();
        String caseId = open(Calls.anAppealFromWeining().inCounty("520525").receivedAt(received).event());
        clock.advance(Duration.ofDays(40));
        watch.run().block();

        // the county system enters afterwards what it did in time
        act(caseId, "acceptance", Map.of("investigators", List.of("甲"), "at", dated(received.plus(Duration.ofDays(1)))))
                .expectStatus().isOk();
        act(caseId, "verification", Map.of("substantiated", "NO", "resolution", "EXPLAINED",
                "reportedSatisfaction", "SATISFIED", "at", dated(received.plus(Duration.ofHours(12)))))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("at");
        act(caseId, "verification", Map.of("substantiated", "NO", "resolution", "EXPLAINED",
                "reportedSatisfaction", "SATISFIED", "at", dated(received.plus(Duration.ofDays(5)))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.verification.late").isEqualTo(false);
    }

    WebTestClient.ResponseSpec act(String caseId, String action, Map<String, Object> body) {
        return web.post().uri("/api/v1/cases/{id}/{action}", caseId, action).header(HttpHeaders.AUTHORIZATION, COUNTY)
                .bodyValue(body).exchange();
    }

    static String dated(Instant at) {
        return at.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    @Test
    void firesEachMarkOnceWhenTwoInstancesWatchTheSameCases() {
        Instant start = clock.instant();
        List<String> caseIds = List.of(open(Calls.anAppealFromWeining().inCounty("520524").receivedAt(start).event()),
                open(Calls.anAppealFromWeining().inCounty("520524").receivedAt(start).event()),
                open(Calls.anAppealFromWeining().inCounty("520524").receivedAt(start).event()));
        DeadlineWatch other = new DeadlineWatch(cases, clock);

        clock.advance(Duration.ofDays(30));
        Mono.zip(watch.run(), other.run(), watch.run(), other.run()).block();

        try (TopicProbe probe = TopicProbe.on("case-overdue")) {
            probe.await(r -> caseIds.contains(r.key()), 3, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> marks = probe.drain(r -> caseIds.contains(r.key()),
                    Duration.ofSeconds(3));
            assertThat(marks).hasSize(3);
            assertThat(marks).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(caseIds);
        }
    }
}
