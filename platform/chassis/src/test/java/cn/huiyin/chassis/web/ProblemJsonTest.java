package cn.huiyin.chassis.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@HuiyinServiceTest(classes = SampleApplication.class)
class ProblemJsonTest {

    @Autowired
    WebTestClient web;

    WebTestClient.ResponseSpec post(Object body) {
        return web.post().uri("/api/v1/reminders")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:write").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @Test
    void namesEveryMissingField() {
        post(Map.of()).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'caseId')].message").isEqualTo("is required")
                .jsonPath("$.errors[?(@.field == 'countyCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'deadline')]").exists();
    }

    @Test
    void rejectsAnUnknownRegionByName() {
        post(Map.of("caseId", "c-1", "countyCode", "529999", "deadline", "2020-03-30T00:00:00Z"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("countyCode");
    }

    @Test
    void rejectsMalformedJson() {
        post("{\"caseId\": ").expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void rejectsAnObjectWhereAStringBelongs() {
        post(Map.of("caseId", Map.of("$gt", ""), "countyCode", "520526", "deadline", "2020-03-30T00:00:00Z"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("caseId")
                .jsonPath("$.errors[0].message").isEqualTo("must be a single value, not an object");
    }

    @Test
    void refusesAFieldTheApiDoesNotKnowByName() {
        post(Map.of("caseId", "c-3", "countyCode", "520526", "deadline", "2020-03-30T00:00:00Z", "$where", "x"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("$where")
                .jsonPath("$.errors[0].message").isEqualTo("is not a field of this request");
    }

    @Test
    void refusesANumberWhereTextBelongsRatherThanCoercingIt() {
        post(Map.of("caseId", 12345, "countyCode", "520526", "deadline", "2020-03-30T00:00:00Z"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("caseId");
    }

    @Test
    void rejectsABadDateNamingTheField() {
        post(Map.of("caseId", "c-2", "countyCode", "520526", "deadline", "next tuesday"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deadline");
    }

    @Test
    void namesEveryBadFieldOfABodyInOneAnswer() {
        post(Map.of("caseId", 12345, "countyCode", "529999", "deadline", "next tuesday", "$where", "x"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("caseId", "deadline", "$where", "countyCode"))
                .jsonPath("$.detail").isEqualTo("4 fields are invalid");
    }

    @Test
    void stillRefusesAFieldNamedTwiceAnEmptyBodyAndABodyOfAnotherType() {
        post("{\"caseId\": \"c-4\", \"caseId\": \"c-5\", \"countyCode\": \"520526\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("caseId")
                .jsonPath("$.errors[0].message").isEqualTo("appears more than once in the body");
        web.post().uri("/api/v1/reminders")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:write").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        web.post().uri("/api/v1/reminders")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:write").bearer())
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("{\"caseId\": \"c-6\"}")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void answersAnUnknownPathWith404Problem() {
        web.get().uri("/api/v1/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }
}
