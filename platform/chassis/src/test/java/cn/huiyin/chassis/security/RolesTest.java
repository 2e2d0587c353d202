package cn.huiyin.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 17 §2: the roles of the hotline's organisation as a token claim, beside scopes and regions. */
@HuiyinServiceTest(classes = SampleApplication.class)
class RolesTest {

    final RegionAccess access = new RegionAccess(RegionRegistry.loadDefault());

    @Autowired
    WebTestClient web;

    String reminderInQixingguan;

    @BeforeEach
    void aReminderForQixingguan() {
        reminderInQixingguan = "case-" + UUID.randomUUID();
        web.post().uri("/api/v1/reminders")
                .header(HttpHeaders.AUTHORIZATION, Tokens.roles("county-office").regions("520502").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("caseId", reminderInQixingguan, "countyCode", "520502",
                        "deadline", "2020-03-30T00:00:00Z"))
                .exchange()
                .expectStatus().isCreated();
    }

    @Test
    void aRoleGrantsTheScopesItsWorkNeedsAndNoOthers() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.roles("hotline-callback").bearer())
                .exchange().expectStatus().isOk();
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.roles("department").bearer())
                .exchange().expectStatus().isForbidden().expectHeader().contentType("application/problem+json");
    }

    @Test
    void aTokenNamingARoleThisPlatformDoesNotKnowIsRefused() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").withRoles("superuser").bearer())
                .exchange().expectStatus().isUnauthorized().expectHeader().contentType("application/problem+json");
    }

    @Test
    void aScopeNamedTwiceIsNotAServerError() {
        web.get().uri("/api/v1/reminders/{id}", reminderInQixingguan)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read", "cases:read").bearer())
                .exchange().expectStatus().isOk();
    }

    @Test
    void rolesAreReadAsAListOrAsOneSpaceSeparatedString() {
        Client fromString = RegionAccess.clientOf(jwt(Map.of("roles", "city-office  leader")));
        Client fromList = RegionAccess.clientOf(jwt(Map.of("roles", List.of("city-office", "leader"))));

        assertThat(fromString.roles()).containsExactlyInAnyOrder(Role.CITY_OFFICE, Role.LEADER);
        assertThat(fromList.roles()).isEqualTo(fromString.roles());
        assertThat(fromList.hasScope(Scopes.REPORTS_READ)).isTrue();
        assertThat(fromList.hasScope(Scopes.CONTACT_READ)).as("contact:read is never implied").isFalse();
    }

    @Test
    void aRoleActsAboveOnlyTheRegionsOfItsLevelThatCoverEveryCountyInvolved() {
        Client bijieOffice = new Client("bijie", Set.of(), List.of("5205"), Set.of(Role.CITY_OFFICE));
        Client weiningWithItsCity = new Client("weining", Set.of(), List.of("520526", "5205"),
                Set.of(Role.COUNTY_OFFICE));
        Client cityOfficeAtTheProvince = new Client("province", Set.of(), List.of("52"), Set.of(Role.CITY_OFFICE));

        assertThat(access.actsAbove(bijieOffice, Role.CITY_OFFICE, RegionLevel.CITY, "520526")).isTrue();
        assertThat(access.actsAbove(bijieOffice, Role.CITY_OFFICE, RegionLevel.CITY, "520526", "520102")).isFalse();
        assertThat(access.actsAbove(bijieOffice, Role.LEADER, RegionLevel.CITY, "520526")).isFalse();
        assertThat(access.actsAbove(weiningWithItsCity, Role.CITY_OFFICE, RegionLevel.CITY, "520526")).isFalse();
        assertThat(access.actsAbove(cityOfficeAtTheProvince, Role.CITY_OFFICE, RegionLevel.CITY, "520526")).isFalse();
        assertThat(access.actsAbove(bijieOffice, Role.CITY_OFFICE, RegionLevel.CITY, "529999")).isFalse();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claim("scope", "");
        claims.forEach(builder::claim);
        return builder.build();
    }
}
