package cn.huiyin.chassis.security;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.ManagementClient;
import cn.huiyin.testkit.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

@HuiyinServiceTest(classes = SampleApplication.class)
class SecurityTest {

    @Autowired
    WebTestClient web;

    @LocalManagementPort
    int managementPort;

    String reminderInQixingguan;

    @BeforeEach
    void aReminderForQixingguan() {
        reminderInQixingguan = "case-" + UUID.randomUUID();
        web.post().uri("/api/v1/reminders")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:write").regions("52").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseId", reminderInQixingguan, "countyCode", "520502",
                        "deadline", "2020-03-30T00:00:00Z"))
                .exchange()
                .expectStatus().isCreated();
    }

    @Test
    void answers401AsProblemWithoutAToken() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void answers401ForATokenSignedByAnotherKey() {
        String forged = Tokens.scopes("cases:read").jwt();
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tampered)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void answers401ForATokenMintedForAnotherAudience() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").audience("another-system").bearer())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void answers401ForAnExpiredToken() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").expired().bearer())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void answers401ForATokenWithoutASubjectOnEveryRouteInsteadOf500() {
        Tokens noSubject = Tokens.scopes("cases:read", "cases:write").subject(null);
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, noSubject.bearer())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        web.post().uri("/api/v1/reminders")
                .header(HttpHeaders.AUTHORIZATION, noSubject.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseId", "case-" + UUID.randomUUID(), "countyCode", "520502",
                        "deadline", "2020-03-30T00:00:00Z"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void answers401ForATokenWithoutAnExpiry() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").expiresIn(null).bearer())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void answers401ForATokenLivingLongerThanTwelveHours() {
        for (Duration lifetime : new Duration[] {Duration.ofDays(50 * 365), Duration.ofHours(13)}) {
            web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                    .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").expiresIn(lifetime).bearer())
                    .exchange()
                    .expectStatus().isUnauthorized();
        }
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").expiresIn(Duration.ofHours(12)).bearer())
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void answers401ForATokenOfAnotherIssuerSignedWithTheTrustedKey() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").issuer("https://idp.example.org").bearer())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void acceptsTheSameTokenForHuiyinsAudience() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void answers403AsProblemWhenTheScopeIsMissing() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("calls:write").bearer())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.title").isEqualTo("Forbidden");
    }

    @Test
    void hidesAnotherCountysResourceAs404() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").regions("520526").bearer())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void letsTheCityAndTheCountyItselfSeeTheResource() {
        for (String region : new String[] {"5205", "520502"}) {
            web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                    .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").regions(region).bearer())
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.countyCode").isEqualTo("520502");
        }
    }

    @Test
    void leavesHealthAndTheEventContractOpen() {
        ManagementClient.on(managementPort).get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.get().uri("/asyncapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("asyncapi: 3").contains("case-received"));
        web.get().uri("/schemas/case-received.v1.schema.json").exchange().expectStatus().isOk();
    }
}
