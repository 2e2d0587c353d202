package cn.huiyin.reporting.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.web.ProblemExceptionHandler;
import cn.huiyin.chassis.web.ProblemResponses;
import cn.huiyin.reporting.summary.application.Summaries;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerStrategies;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The route on its own, with the chassis' problem answers; the scope rule and the region check of
 * the token need the service's security chain and are left to the service-level test.
 */
class AnalysisHandlerTest {

    private static final ProblemExceptionHandler PROBLEMS =
            new ProblemExceptionHandler(new ProblemResponses(JsonMapper.builder().build()));
    private static final AnalysisPdf PDF = new AnalysisPdf();

    private final List<String> asked = new ArrayList<>();
    private Summaries summaries = (region, from, to) -> {
        asked.add(region + " " + from + " " + to);
        return Mono.just(SeedSummaries.bijieFirstHalfOf2020());
    };

    @Test
    void answersTheReportAsAnUtf8HtmlPage() {
        client().get().uri("/reports/analysis?region=5205&from=2020-01-01&to=2020-05-31").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<h1>毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）</h1>"));
        assertThat(asked).containsExactly("5205 2020-01-01 2020-05-31");
    }

    @Test
    void answersThePdfInlineWithAChineseFileName() {
        byte[] pdf = client().get().uri("/reports/analysis.pdf?region=5205&from=2020-01-01&to=2020-05-31").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .startsWith("inline;")
                        .contains("filename*=UTF-8''%E5%88%86%E6%9E%90%E6%8A%A5%E5%91%8A-5205-2020-01-01-2020-05-31.pdf"))
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(asked).containsExactly("5205 2020-01-01 2020-05-31");
    }

    @Test
    void namesEveryBadParameterOfThePdfInOneProblemToo() {
        client().get().uri("/reports/analysis.pdf?region=bijie&to=2020-02-30").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("region", "from", "to"));
        assertThat(asked).isEmpty();
    }

    @Test
    void namesEveryMissingOrUnreadableParameterInOneProblem() {
        client().get().uri("/reports/analysis?from=2020-13-01").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("region", "from", "to"))
                .jsonPath("$.errors[1].message").isEqualTo("must be an ISO date such as 2020-01-01");
        assertThat(asked).isEmpty();
    }

    @Test
    void refusesARegionThatIsNotACode() {
        client().get().uri("/reports/analysis?region=bijie&from=2020-01-01&to=2020-05-31").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
        assertThat(asked).isEmpty();
    }

    @Test
    void passesOnTheProblemsTheSummaryFinds() {
        summaries = (region, from, to) -> Mono.error(new InvalidInput("from", "must not be after to"));

        client().get().uri("/reports/analysis?region=5205&from=2020-05-31&to=2020-01-01").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    }

    private WebTestClient client() {
        AnalysisConfiguration configuration = new AnalysisConfiguration();
        ReportContents current = (region, from, to) -> summaries.summarize(region, from, to)
                .map(summary -> new AnalysisInputs.Content(summary, ReportExtras.none()));
        return WebTestClient.bindToRouterFunction(configuration.analysisRoutes(current, configuration.analysisReport(""),
                        PDF))
                .handlerStrategies(HandlerStrategies.builder().exceptionHandler(PROBLEMS).build())
                .build();
    }
}
