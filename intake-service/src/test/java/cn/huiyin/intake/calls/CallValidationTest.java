package cn.huiyin.intake.calls;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every kind of bad call gets its own answer: 400 naming the field, 413, 401 or 403. */
@IntakeServiceTest
class CallValidationTest {

    static final String HOTLINE = Tokens.scopes("calls:write").regions("52").bearer();

    @Autowired
    WebTestClient web;

    WebTestClient.ResponseSpec post(Object body, String token) {
        return web.post().uri("/api/v1/calls")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    void rejects(Calls call, String field, String message) {
        post(call.body(), HOTLINE)
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").value(String.class,
                        text -> org.assertj.core.api.Assertions.assertThat(text).contains(message));
    }

    @Test
    void requiresAnExternalId() {
        rejects(Calls.anAppealFromWeining().without("externalId"), "externalId", "is required");
    }

    @Test
    void limitsTheExternalIdTo64Characters() {
        rejects(Calls.anAppealFromWeining().with("externalId", "x".repeat(65)), "externalId", "at most 64");
    }

    @Test
    void requiresAnOffsetOnReceivedAt() {
        rejects(Calls.anAppealFromWeining().with("receivedAt", "2020-03-05T09:30:00"), "receivedAt", "offset");
    }

    @Test
    void refusesACallFromTheFuture() {
        rejects(Calls.anAppealFromWeining().with("receivedAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10).toString()), "receivedAt", "future");
    }

    @Test
    void acceptsAClockThatIsAFewMinutesAhead() {
        post(Calls.anAppealFromWeining().with("receivedAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2).toString()).body(), HOTLINE)
                .expectStatus().isCreated();
    }

    @Test
    void refusesACallBefore2000() {
        rejects(Calls.anAppealFromWeining().with("receivedAt", "1999-12-31T23:00:00+08:00"), "receivedAt", "2000");
    }

    @Test
    void refusesAnUnknownChannel() {
        rejects(Calls.anAppealFromWeining().with("channel", "FAX"), "channel", "must be one of");
    }

    @Test
    void refusesAnUnknownType() {
        rejects(Calls.anAppealFromWeining().with("type", "QUESTION"), "type", "must be one of");
    }

    @Test
    void refusesAnUnknownCategoryInsteadOfMappingItToOther() {
        rejects(Calls.anAppealFromWeining().with("categories", List.of("HOUSING_SECURITY", "ROADS")),
                "categories[1]", "must be one of");
    }

    @Test
    void refusesAnUnknownRegion() {
        rejects(Calls.anAppealFromWeining().with("regionCode", "529999"), "regionCode", "not a known");
    }

    @Test
    void refusesAMalformedRegion() {
        rejects(Calls.anAppealFromWeining().with("regionCode", "52-05"), "regionCode", "digit");
    }

    @Test
    void refusesARegionAboveCountyLevel() {
        rejects(Calls.anAppealFromWeining().with("regionCode", "5205"), "regionCode", "county, township or village");
    }

    @Test
    void refusesARegionOutsideTheClientsRegions() {
        post(Calls.anAppealFromWeining().body(), Tokens.scopes("calls:write").regions("5201").bearer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("regionCode")
                .jsonPath("$.errors[0].message").isEqualTo("is outside the regions this client may act on");
    }

    @Test
    void refusesAnInvalidPhoneWithoutRepeatingIt() {
        post(Calls.anAppealFromWeining().withCaller("phone", "12345").body(), HOTLINE)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("caller.phone")
                .jsonPath("$.errors[0].message").value(String.class,
                        text -> org.assertj.core.api.Assertions.assertThat(text).doesNotContain("12345"));
    }

    @Test
    void requiresAPhoneOrAnIdNumber() {
        rejects(Calls.anAppealFromWeining().withoutCaller("phone").withoutCaller("idNumber"), "caller.phone",
                "is required");
    }

    @Test
    void acceptsALandline() {
        post(Calls.anAppealFromWeining().withCaller("phone", "0857-6221234").body(), HOTLINE)
                .expectStatus().isCreated();
    }

    @Test
    void refusesAnIdNumberWithAWrongCheckDigit() {
        rejects(Calls.anAppealFromWeining().withCaller("idNumber", "520526198503150012"), "caller.idNumber", "");
    }

    @Test
    void limitsTheCallerNameTo50Characters() {
        rejects(Calls.anAppealFromWeining().withCaller("name", "王".repeat(51)), "caller.name", "50");
    }

    @Test
    void requiresContent() {
        rejects(Calls.anAppealFromWeining().with("content", "\u0000\u0007  "), "content", "is required");
    }

    @Test
    void limitsContentTo4000Characters() {
        rejects(Calls.anAppealFromWeining().with("content", "危".repeat(4001)), "content", "4000");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        post(Calls.anAppealFromWeining().without("externalId").with("channel", "FAX").with("regionCode", "5205")
                .body(), HOTLINE)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(3);
    }

    @Test
    void refusesABodyOver64Kilobytes() {
        post(Calls.anAppealFromWeining().with("address", "x".repeat(70 * 1024)).body(), HOTLINE)
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void refusesMalformedJson() {
        post("{\"externalId\": \"a\", ", HOTLINE)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void refusesAnObjectWhereAStringBelongs() {
        post(Calls.anAppealFromWeining().with("externalId", Map.of("$gt", "")).body(), HOTLINE)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("externalId");
    }

    @Test
    void requiresAToken() {
        web.post().uri("/api/v1/calls").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Calls.anAppealFromWeining().body())
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void requiresTheCallsWriteScope() {
        post(Calls.anAppealFromWeining().body(), Tokens.scopes("cases:read").bearer())
                .expectStatus().isForbidden();
    }

    @Test
    void namesEveryBadFieldOfABodyEvenWhenOneHasTheWrongJsonType() {
        Calls call = Calls.anAppealFromWeining().with("content", 12345).with("urgent", "maybe")
                .with("channel", "PIGEON").with("regionCode", "999999").with("receivedAt", "yesterday")
                .with("shoeSize", 42).withCaller("phone", "not-a-phone");

        post(call.body(), HOTLINE)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(java.util.List.class, fields -> org.assertj.core.api.Assertions
                        .assertThat(fields).containsExactlyInAnyOrder("content", "urgent", "shoeSize", "channel",
                                "regionCode", "receivedAt", "caller.phone"));
    }
}
