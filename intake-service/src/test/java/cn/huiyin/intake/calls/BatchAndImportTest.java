package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntakeServiceTest
class BatchAndImportTest {

    static final String HOTLINE = Tokens.scopes("calls:write").bearer();

    @Autowired
    WebTestClient web;

    WebTestClient.ResponseSpec batch(Object body) {
        return web.post().uri("/api/v1/calls/batch").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec importCsv(byte[] csv, MediaType type) {
        return web.post().uri("/api/v1/calls/import").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .contentType(type).bodyValue(csv).exchange();
    }

    @Test
    void answersEveryCallOfABatchInOrderWithoutLettingABadOneSinkTheOthers() {
        Calls replayed = Calls.anAppealFromWeining();
        batch(Map.of("calls", List.of(replayed.body()))).expectStatus().isOk();

        batch(Map.of("calls", List.of(
                Calls.anAppealFromWeining().body(),
                Calls.anAppealFromWeining().with("channel", "FAX").body(),
                replayed.body(),
                Map.of("externalId", Map.of("$gt", "")),
                Calls.aConsultation().body())))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(2)
                .jsonPath("$.replayed").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(2)
                .jsonPath("$.results[0].status").isEqualTo(201)
                .jsonPath("$.results[0].call.trackingNumber").isNotEmpty()
                .jsonPath("$.results[1].status").isEqualTo(400)
                .jsonPath("$.results[1].errors[0].field").isEqualTo("channel")
                .jsonPath("$.results[2].status").isEqualTo(200)
                .jsonPath("$.results[3].status").isEqualTo(400)
                .jsonPath("$.results[3].errors[0].field").isEqualTo("externalId")
                .jsonPath("$.results[4].index").isEqualTo(4)
                .jsonPath("$.results[4].call.disposition").isEqualTo("ANSWERED");
    }

    @Test
    void acceptsABareArrayToo() {
        batch(List.of(Calls.anAppealFromWeining().body())).expectStatus().isOk()
                .expectBody().jsonPath("$.accepted").isEqualTo(1);
    }

    @Test
    void reportsANullItemAsRejectedAtItsIndexInsteadOfDroppingIt() {
        List<Object> calls = new ArrayList<>();
        calls.add(Calls.anAppealFromWeining().body());
        calls.add(null);
        calls.add(Calls.anAppealFromWeining().body());
        batch(Map.of("calls", calls)).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.results.length()").isEqualTo(3)
                .jsonPath("$.accepted").isEqualTo(2)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.results[1].index").isEqualTo(1)
                .jsonPath("$.results[1].status").isEqualTo(400)
                .jsonPath("$.results[1].errors[0].field").isEqualTo("calls[1]");
    }

    @Test
    void refusesBodiesNotDeclaredAsJsonWith415() {
        String body = "{\"calls\": []}";
        for (String type : new String[] {"text/plain", "application/xml", "*/*"}) {
            web.post().uri("/api/v1/calls/batch").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                    .header(HttpHeaders.CONTENT_TYPE, type).bodyValue(body).exchange()
                    .expectStatus().isEqualTo(415)
                    .expectHeader().contentType("application/problem+json");
        }
        web.post().uri("/api/v1/calls/batch").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange()
                .expectStatus().isEqualTo(415);
    }

    @Test
    void refusesAFieldNamedTwiceNamingIt() {
        String twice = "{\"externalId\": \"dup-1\", \"regionCode\": \"520526\", \"regionCode\": \"520102\"}";
        web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(twice).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("regionCode");
    }

    @Test
    void refusesMoreThanAThousandCalls() {
        List<Object> calls = new ArrayList<>();
        Map<String, Object> call = Calls.anAppealFromWeining().without("content").body();
        for (int i = 0; i < 1001; i++) {
            calls.add(call);
        }
        batch(Map.of("calls", calls)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("calls");
    }

    @Test
    void namesAnUnknownEnvelopeFieldAndABadListOfCallsInOneAnswer() {
        batch(Map.of("calls", Map.of("$ne", ""), "priority", "HIGH")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("calls", "priority"));
    }

    @Test
    void refusesABatchOver4Megabytes() {
        List<Object> calls = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            calls.add(Calls.anAppealFromWeining().with("content", "危".repeat(4000)).with("address",
                    "x".repeat(60_000)).body());
        }
        batch(Map.of("calls", calls)).expectStatus().isEqualTo(413);
    }

    static String csv(String... rows) {
        return "externalId,receivedAt,channel,type,callerName,callerPhone,callerIdNumber,regionCode,address,"
                + "categories,content,urgent\n" + String.join("\n", rows) + "\n";
    }

    static String row(String externalId, String type, String phone, String region, String content) {
        return externalId + ",2020-03-05T09:30:00+08:00,PHONE," + type + ",李四," + phone + ",," + region
                + ",\"毕节市, 某村\",HOUSING_SECURITY;RELOCATION,\"" + content + "\",否";
    }

    @Test
    void importsAUtf8HistoryAndReportsBadRowsByLine() {
        String prefix = "imp-" + UUID.randomUUID() + "-";
        byte[] file = csv(
                row(prefix + 1, "APPEAL", "13885700001", "520526", "危房改造补助没有到位"),
                row(prefix + 2, "APPEAL", "not-a-phone", "520526", "搬迁安置点问题"),
                row(prefix + 3, "CONSULTATION", "13885700003", "529999", "咨询"),
                row(prefix + 4, "COMPLAINT", "13885700004", "520502122", "多行\n内容也可以")
        ).getBytes(StandardCharsets.UTF_8);

        importCsv(file, MediaType.parseMediaType("text/csv")).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rows").isEqualTo(4)
                .jsonPath("$.accepted").isEqualTo(2)
                .jsonPath("$.rejected").isEqualTo(2)
                .jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].externalId").isEqualTo(prefix + 2)
                .jsonPath("$.errors[0].errors[0].field").isEqualTo("caller.phone")
                .jsonPath("$.errors[1].line").isEqualTo(4)
                .jsonPath("$.errors[1].errors[0].field").isEqualTo("regionCode");

        importCsv(file, MediaType.parseMediaType("text/csv")).expectStatus().isOk()
                .expectBody().jsonPath("$.accepted").isEqualTo(0).jsonPath("$.replayed").isEqualTo(2);
    }

    @Test
    void importsAGb18030HistoryWithOrWithoutADeclaredCharset() {
        Charset gb18030 = Charset.forName("GB18030");
        String prefix = "gb-" + UUID.randomUUID() + "-";
        byte[] undeclared = csv(row(prefix + 1, "APPEAL", "13885700011", "520526", "易地扶贫搬迁后旧房拆除补助未发放"))
                .getBytes(gb18030);
        byte[] declared = csv(row(prefix + 2, "APPEAL", "13885700012", "520526", "低保被取消了"))
                .getBytes(gb18030);

        importCsv(undeclared, MediaType.parseMediaType("text/csv")).expectStatus().isOk()
                .expectBody().jsonPath("$.accepted").isEqualTo(1);
        importCsv(declared, MediaType.parseMediaType("text/csv;charset=GB18030")).expectStatus().isOk()
                .expectBody().jsonPath("$.accepted").isEqualTo(1);

        web.get().uri("/api/v1/calls?region=520526&from=2020-03-05&to=2020-03-05&size=200")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("易地扶贫搬迁后旧房拆除补助未发放").contains("低保被取消了"));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        importCsv("externalId,content\nx,y\n".getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("text/csv"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("header");
    }

    @Test
    void answersAnUnclosedQuoteWithA400NamingItsLineInsteadOf500() {
        String prefix = "quote-" + UUID.randomUUID() + "-";
        String broken = prefix + "2,2020-03-05T09:30:00+08:00,PHONE,APPEAL,李四,13885700022,,520526,\"毕节市,,\"没有结束的引号,否";
        byte[] file = csv(row(prefix + 1, "APPEAL", "13885700021", "520526", "危房改造补助没有到位"), broken)
                .getBytes(StandardCharsets.UTF_8);

        importCsv(file, MediaType.parseMediaType("text/csv")).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).startsWith("line 3 "));
    }

    @Test
    void refusesARowWithATwentyMegabyteFieldWith413BeforeReadingItWhole() {
        String prefix = "huge-" + UUID.randomUUID() + "-";
        byte[] file = csv(row(prefix + 1, "APPEAL", "13885700031", "520526", "危房改造补助没有到位"),
                row(prefix + 2, "APPEAL", "13885700032", "520526", "x".repeat(20 * 1024 * 1024)))
                .getBytes(StandardCharsets.UTF_8);

        importCsv(file, MediaType.parseMediaType("text/csv")).expectStatus().isEqualTo(413)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("line 3: "));
    }
}
