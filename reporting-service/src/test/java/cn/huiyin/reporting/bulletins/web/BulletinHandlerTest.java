package cn.huiyin.reporting.bulletins.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.reporting.bulletins.application.BulletinView;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The bulletin routes: issue on demand (201, then 200 as a revision), list, JSON, HTML with the masthead, refusals. */
@HuiyinServiceTest
class BulletinHandlerTest {

    private static final String BIJIE_OFFICE = Tokens.roles("city-office").regions("5205").bearer();
    private static final String SUPERVISOR = Tokens.roles("hotline-supervisor").regions("52").bearer();
    private static final String ANALYST = Tokens.scopes("reports:read").regions("52").bearer();

    @Autowired
    WebTestClient web;

    @Test
    void aCityOfficeIssuesItsCitysBulletinAndReissuingItIsARevision() {
        // the other tests issue 毕节市's other months of 2018, in an order of their own: 第1期 is one of ours
        BulletinView first = web.post().uri("/api/v1/bulletins").header("Authorization", BIJIE_OFFICE)
                .bodyValue(Map.of("region", "5205", "year", 2018, "month", 3)).exchange()
                .expectStatus().isCreated()
                .expectHeader().location("/api/v1/bulletins/5205-2018-03")
                .expectBody(BulletinView.class).returnResult().getResponseBody();
        assertThat(first.id()).isEqualTo("5205-2018-03");
        assertThat(first.issueLabel()).isEqualTo("第" + first.issue() + "期");
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.from()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(first.to()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(first.header().office()).isEqualTo("毕节市政府办扶贫专线服务中心");
        assertThat(first.summary().region().code()).isEqualTo("5205");

        web.post().uri("/api/v1/bulletins").header("Authorization", SUPERVISOR)
                .bodyValue(Map.of("region", "5205", "year", 2018, "month", 3)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.issue").isEqualTo(first.issue())
                .jsonPath("$.revision").isEqualTo(2)
                .jsonPath("$.revisedAt.length()").isEqualTo(1);
    }

    @Test
    void listsARegionsBulletinsOfAYearWithTheirLinks() {
        issue("5205", 2018, 6);
        issue("5205", 2018, 7);

        web.get().uri("/api/v1/bulletins?region=5205&year=2018").header("Authorization", ANALYST).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.regionName").isEqualTo("毕节市")
                .jsonPath("$.bulletins[?(@.id == '5205-2018-07')].links.html")
                .isEqualTo("/api/v1/bulletins/5205-2018-07.html")
                .jsonPath("$.bulletins[?(@.id == '5205-2018-07')].revision").isEqualTo(1);
    }

    @Test
    void servesAnIssueAsAnHtmlPageUnderItsMasthead() {
        issue("5205", 2018, 9);

        String html = web.get().uri("/api/v1/bulletins/5205-2018-09.html").header("Authorization", ANALYST)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/html")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("毕节市扶贫专线快报").contains("毕节市政府办扶贫专线服务中心")
                .containsPattern("2018年第\\d+期").contains("呈报：").contains("报送：")
                .contains("毕节市扶贫专线分析报告");
        web.get().uri("/api/v1/bulletins/5205-2018-09").header("Authorization", ANALYST).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.title").value(title -> assertThat((String) title)
                        .startsWith("毕节市扶贫专线快报（2018年第"));
    }

    @Test
    void aRegionWithoutAMastheadGetsTheDefaultOne() {
        web.post().uri("/api/v1/bulletins").header("Authorization", SUPERVISOR)
                .bodyValue(Map.of("region", "5201", "year", 2018, "month", 9)).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.header.office").isEqualTo("贵阳市扶贫专线服务中心")
                .jsonPath("$.header.title").isEqualTo("贵阳市扶贫专线快报");
    }

    @Test
    void refusesClientsOutsideTheRegionOrWithoutTheRole() {
        web.post().uri("/api/v1/bulletins").header("Authorization", Tokens.roles("city-office").regions("5201").bearer())
                .bodyValue(Map.of("region", "5205", "year", 2018, "month", 4)).exchange()
                .expectStatus().isForbidden().expectHeader().contentType("application/problem+json");
        web.post().uri("/api/v1/bulletins").header("Authorization", BIJIE_OFFICE)
                .bodyValue(Map.of("region", "52", "year", 2018, "month", 4)).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/bulletins").header("Authorization", ANALYST)
                .bodyValue(Map.of("region", "5205", "year", 2018, "month", 4)).exchange()
                .expectStatus().isForbidden();
        issue("5205", 2018, 10);
        web.get().uri("/api/v1/bulletins?region=5205&year=2018")
                .header("Authorization", Tokens.scopes("reports:read").regions("5201").bearer()).exchange()
                .expectStatus().isForbidden().expectHeader().contentType("application/problem+json");
        web.get().uri("/api/v1/bulletins/5205-2018-10.html")
                .header("Authorization", Tokens.scopes("reports:read").regions("5201").bearer()).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void anUnknownBulletinIsNotFound() {
        web.get().uri("/api/v1/bulletins/5205-1999-01").header("Authorization", ANALYST).exchange()
                .expectStatus().isNotFound().expectHeader().contentType("application/problem+json");
        web.get().uri("/api/v1/bulletins/no-such-issue.html").header("Authorization", ANALYST).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void namesEveryBadFieldOfAnIssueRequest() {
        web.post().uri("/api/v1/bulletins").header("Authorization", SUPERVISOR)
                .bodyValue(Map.of("region", "520526", "year", 1999, "month", 13)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'region')]").exists()
                .jsonPath("$.errors[?(@.field == 'year')]").exists()
                .jsonPath("$.errors[?(@.field == 'month')]").exists();
    }

    @Test
    void aBulletinIsAlsoAnA4PdfWithItsMastheadAndAWorkbookOfItsTables() throws Exception {
        issue("5205", 2018, 11);
        byte[] pdf = web.get().uri("/api/v1/bulletins/5205-2018-11.pdf").header("Authorization", ANALYST).exchange()
                .expectStatus().isOk().expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("毕节市扶贫专线快报", "毕节市政府办扶贫专线服务中心").containsPattern("2018年第\\d+期");
        }
        byte[] xlsx = web.get().uri("/api/v1/bulletins/5205-2018-11.xlsx").header("Authorization", ANALYST)
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("区域分布")).isNotNull();
            assertThat(workbook.getSheet("月度走势")).isNotNull();
        }
    }

    private void issue(String region, int year, int month) {
        web.post().uri("/api/v1/bulletins").header("Authorization", SUPERVISOR)
                .bodyValue(Map.of("region", region, "year", year, "month", month)).exchange()
                .expectStatus().is2xxSuccessful();
    }
}
