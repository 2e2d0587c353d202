package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntakeServiceTest
class CallIntakeApiTest {

    static final String HOTLINE = Tokens.scopes("calls:write", "cases:read").regions("52").subject("hotline-12317")
            .bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    WebTestClient.ResponseSpec post(Calls call, String token) {
        return web.post().uri("/api/v1/calls")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(call.body())
                .exchange();
    }

    @Test
    void acceptsAnAppealWithATrackingNumberAndTransfersIt() {
        post(Calls.anAppealFromWeining(), HOTLINE)
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/v1/calls/"))
                .expectBody()
                .jsonPath("$.callId").isNotEmpty()
                .jsonPath("$.trackingNumber").value(String.class,
                        number -> assertThat(number).matches("HY520526-\\d{8}-\\d{6}"))
                .jsonPath("$.disposition").isEqualTo("TRANSFER")
                .jsonPath("$.categories[0]").isEqualTo("HOUSING_SECURITY")
                .jsonPath("$.classifiedBy").isEqualTo("CALLER")
                .jsonPath("$.repeatOf").doesNotExist();
    }

    @Test
    void externalIdsThatReadTheSameMakeOneCallWhateverInvisibleOrFullWidthCharactersTheyCarry() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        Calls original = Calls.anAppealFromWeining().with("externalId", "ABC1-" + suffix);
        String callId = (String) post(original, HOTLINE).expectStatus().isCreated()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("callId");

        for (String lookalike : new String[] {"ＡＢＣ１-" + suffix, "AB\u200BC1-" + suffix, "\uFEFFABC1-" + suffix,
                "ABC1-" + suffix + "\u2060"}) {
            post(original.with("externalId", lookalike), HOTLINE).expectStatus().isOk()
                    .expectBody().jsonPath("$.callId").isEqualTo(callId);
        }
        post(original.with("externalId", "ABC1\u0007-" + suffix), HOTLINE).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("externalId");
    }

    @Test
    void countsAcceptedCallsByCountyTypeAndMainCategory() {
        double before = received("APPEAL", "HOUSING_SECURITY");

        post(Calls.anAppealFromWeining(), HOTLINE).expectStatus().isCreated();

        assertThat(received("APPEAL", "HOUSING_SECURITY")).isEqualTo(before + 1);
    }

    double received(String type, String category) {
        return meters.find("huiyin.calls.received").tag("county", "520526").tag("type", type)
                .tag("category", category).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void answersAConsultationOnThePhone() {
        post(Calls.aConsultation(), HOTLINE)
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.disposition").isEqualTo("ANSWERED");
    }

    @Test
    void classifiesTheContentWhenNoCategoryIsGiven() {
        post(Calls.anAppealFromWeining().without("categories")
                .with("content", "我们组的通组路一直没有硬化，下雨天车子根本进不去。"), HOTLINE)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.classifiedBy").isEqualTo("RULES")
                .jsonPath("$.categories").value(List.class, categories -> assertThat(categories)
                        .contains("INFRASTRUCTURE"))
                .jsonPath("$.confidence").value(Number.class, c -> assertThat(c.doubleValue()).isBetween(0.0, 1.0));
    }

    @Test
    void givesTheFirstAnswerAgainWhenTheSameCallIsPostedTwice() {
        Calls call = Calls.anAppealFromWeining();
        Map<?, ?> first = post(call, HOTLINE).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        post(call, HOTLINE).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.callId").isEqualTo(first.get("callId"))
                .jsonPath("$.trackingNumber").isEqualTo(first.get("trackingNumber"));
    }

    @Test
    void refusesAnotherCallUnderAUsedExternalId() {
        Calls call = Calls.anAppealFromWeining();
        post(call, HOTLINE).expectStatus().isCreated();

        post(call.with("content", "另一件事：低保被取消了。"), HOTLINE)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("externalId"));
    }

    @Test
    void treatsTheSameExternalIdFromAnotherSystemAsAnotherCall() {
        Calls call = Calls.anAppealFromWeining();
        post(call, HOTLINE).expectStatus().isCreated();

        post(call, Tokens.scopes("calls:write").subject("hotline-backup").bearer()).expectStatus().isCreated();
    }

    @Test
    void numbersACallInAFunctionalAreaUnderThatArea() {
        post(Calls.anAppealFromWeining().with("regionCode", "520502122"), HOTLINE)
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.trackingNumber").value(String.class,
                        number -> assertThat(number).startsWith("HY520571-"));
    }

    @Test
    void numbersTheCallsOfACountyDayInArrivalOrder() {
        String day = "2005-06-15T10:00:00+08:00"; // 赫章县 gets no other call on this day in these tests
        String first = post(Calls.anAppealFromWeining().with("regionCode", "520527").with("receivedAt", day), HOTLINE)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("trackingNumber").toString();
        String second = post(Calls.anAppealFromWeining().with("regionCode", "520527").with("receivedAt", day), HOTLINE)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("trackingNumber").toString();

        assertThat(Long.parseLong(second.substring(second.lastIndexOf('-') + 1)))
                .isEqualTo(Long.parseLong(first.substring(first.lastIndexOf('-') + 1)) + 1);
        assertThat(second).isGreaterThan(first);
    }
}
