package cn.huiyin.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the summary refuses, and what it answers for a period with nothing in it. */
@HuiyinServiceTest
class SummaryRefusalsTest {

    private static final String ANALYST = Tokens.scopes("reports:read").regions("52").bearer();

    @Autowired
    WebTestClient web;

    @Test
    void namesEveryMissingParameter() {
        refused("/api/v1/reports/summary", ANALYST).jsonPath("$.errors[*].field").isEqualTo(List.of("region", "from", "to"));
    }

    @Test
    void refusesADateItCannotRead() {
        refused("/api/v1/reports/summary?region=5205&from=2020-02-30&to=2020-05-31", ANALYST)
                .jsonPath("$.errors[0].field").isEqualTo("from");
    }

    @Test
    void refusesAnUnknownRegion() {
        refused("/api/v1/reports/summary?region=529999&from=2020-01-01&to=2020-05-31", ANALYST)
                .jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void refusesARegionBelowCountyLevel() {
        refused("/api/v1/reports/summary?region=520526101&from=2020-01-01&to=2020-05-31", ANALYST)
                .jsonPath("$.errors[0].field").isEqualTo("region")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("township"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        refused("/api/v1/reports/summary?region=5205&from=2020-06-01&to=2020-05-31", ANALYST)
                .jsonPath("$.title").isEqualTo("Invalid request")
                .jsonPath("$.detail").isEqualTo("from must not be after to")
                .jsonPath("$.errors[0].field").isEqualTo("from");
    }

    @Test
    void forbidsARegionOutsideTheTokensRegions() {
        web.get().uri("/api/v1/reports/summary?region=5205&from=2020-01-01&to=2020-05-31")
                .header("Authorization", Tokens.scopes("reports:read").regions("5201").bearer())
                .exchange().expectStatus().isForbidden().expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Forbidden")
                .jsonPath("$.detail").isEqualTo("the token's regions do not cover region 5205");
    }

    @Test
    void needsTheReportsScope() {
        web.get().uri("/api/v1/reports/summary?region=5205&from=2020-01-01&to=2020-05-31")
                .header("Authorization", Tokens.scopes("cases:read").regions("52").bearer())
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void keepsThePdfReportToTheTokensRegionsAndScope() {
        String pdf = "/reports/analysis.pdf?region=5205&from=2020-01-01&to=2020-05-31";
        web.get().uri(pdf).exchange().expectStatus().isUnauthorized();
        web.get().uri(pdf).header("Authorization", Tokens.scopes("cases:read").regions("52").bearer())
                .exchange().expectStatus().isForbidden();
        web.get().uri(pdf).header("Authorization", Tokens.scopes("reports:read").regions("5201").bearer())
                .exchange().expectStatus().isForbidden().expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").isEqualTo("the token's regions do not cover region 5205");
        refused("/reports/analysis.pdf?region=529999&from=2020-01-01&to=2020-05-31", ANALYST)
                .jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void answersAnEmptyPeriodWithZeros() {
        Summary empty = web.get().uri("/api/v1/reports/summary?region=5205&from=1999-01-01&to=1999-03-31")
                .header("Authorization", ANALYST).exchange().expectStatus().isOk()
                .expectBody(Summary.class).returnResult().getResponseBody();

        assertThat(empty.total()).isZero();
        assertThat(empty.calls().total()).isZero();
        assertThat(empty.byRegion()).hasSize(10).allSatisfy(line -> assertThat(line.share()).isZero());
        assertThat(empty.monthly()).hasSize(3).allSatisfy(month -> assertThat(month.calls()).isZero());
        assertThat(empty.averageMonthlyGrowth()).isNull();
        assertThat(empty.households().clearingRate()).isNull();
    }

    private WebTestClient.BodyContentSpec refused(String uri, String token) {
        return web.get().uri(uri).header("Authorization", token).exchange()
                .expectStatus().isBadRequest().expectHeader().contentType("application/problem+json").expectBody();
    }
}
