package cn.huiyin.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.web.ProblemExceptionHandler;
import cn.huiyin.chassis.web.ProblemResponses;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.analysis.SeedSummaries;
import cn.huiyin.reporting.ledger.application.CaseLedger;
import cn.huiyin.reporting.summary.application.Summaries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The download over HTTP, against a stub ledger, with the chassis' problem answers and a signed-in client. */
class LedgerExportHandlerTest {

    private static final RegionRegistry REGIONS = RegionRegistry.loadDefault();
    private static final String BIJIE = "/api/v1/reports/export?region=520500&from=2020-01-01&to=2020-05-31";

    private final AtomicReference<List<Object>> asked = new AtomicReference<>();
    private CaseLedger ledger = (region, from, to) -> Flux.empty();
    private Summaries summaries = (region, from, to) -> Mono.just(SeedSummaries.bijieFirstHalfOf2020());

    @Test
    void downloadsTheLedgerAsAnXlsxAttachmentNamedInChinese() {
        ledger = (region, from, to) -> {
            asked.set(List.of(region, from, to));
            return Flux.just(LedgerRows.aClosedHousingCaseInWeining(),
                    LedgerRows.anUnverifiedEducationCaseInQixingguan());
        };

        byte[] xlsx = client("5205").get().uri(BIJIE).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(LedgerExportHandler.XLSX)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ledger-520500-2020-01-01-2020-05-31.xlsx\"; "
                                + "filename*=UTF-8''%E5%8F%B0%E8%B4%A6-520500-2020-01-01-2020-05-31.xlsx")
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(asked.get()).containsExactly("520500", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 5, 31));
        XSSFWorkbook book = Workbooks.read(xlsx);
        assertThat(book.getSheet("台账").getLastRowNum()).isEqualTo(2);
        assertThat(book.getSheet("台账").getRow(2).getCell(1).getStringCellValue()).isEqualTo("GZ-20200510-000203");
        assertThat(book.getSheet("说明").getRow(1).getCell(1).getStringCellValue()).isEqualTo("520500 毕节市");
    }

    @Test
    void putsTheSummarysTablesBesideTheCasesAndTheNotesLast() {
        ledger = (region, from, to) -> Flux.just(LedgerRows.aClosedHousingCaseInWeining());

        byte[] xlsx = client("5205").get().uri(BIJIE).exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();

        XSSFWorkbook book = Workbooks.read(xlsx);
        assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName)).containsExactly(
                "台账", "区域分布", "乡镇前十", "事项分类", "责任部门", "问题性质", "满意度", "月度走势", "三率排名", "说明");
        assertThat(book.getSheet("区域分布").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(30);
        assertThat(book.getSheet("说明").getRow(5).getCell(1).getStringCellValue())
                .isEqualTo("台账、区域分布、乡镇前十、事项分类、责任部门、问题性质、满意度、月度走势、三率排名");
    }

    @Test
    void answersTheSummarysRefusalBeforeAnythingIsSent() {
        summaries = (region, from, to) -> Mono.error(new NotPermitted("the token's regions do not cover region " + region));
        ledger = (region, from, to) -> {
            asked.set(List.of(region, from, to));
            return Flux.empty();
        };

        client("5201").get().uri(BIJIE).exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
                .expectHeader().contentType("application/problem+json");
        assertThat(asked.get()).isNull();
    }

    @Test
    void downloadsAnEmptyLedgerWithItsHeader() {
        byte[] xlsx = client("5205").get().uri(BIJIE).exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();

        XSSFWorkbook book = Workbooks.read(xlsx);
        assertThat(book.getSheet("台账").getLastRowNum()).isZero();
        assertThat(book.getSheet("说明").getRow(4).getCell(1).getNumericCellValue()).isZero();
    }

    @Test
    void namesEveryMissingParameter() {
        client("5205").get().uri("/api/v1/reports/export").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("region", "from", "to"))
                .jsonPath("$.errors[0].message").isEqualTo("is required");
    }

    @Test
    void namesADateItCannotRead() {
        client("5205").get().uri("/api/v1/reports/export?region=520500&from=2020-13-01&to=yesterday").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("from", "to"))
                .jsonPath("$.errors[0].message").isEqualTo("must be an ISO date such as 2020-01-31");
    }

    @Test
    void answersTheLedgersRefusalBeforeTheFirstRowWithAProblemNotABrokenDownload() {
        ledger = (region, from, to) -> Flux.error(new InvalidInput("from", "must not be after to"));

        refused(client("5205").get().uri("/api/v1/reports/export?region=520500&from=2020-06-01&to=2020-05-31"));
    }

    @Test
    void waitsForARefusalThatArrivesLaterThanTheRequest() {
        ledger = (region, from, to) -> Mono.delay(Duration.ofMillis(50))
                .thenMany(Flux.error(new InvalidInput("from", "must not be after to")));

        refused(client("5205").get().uri("/api/v1/reports/export?region=520500&from=2020-06-01&to=2020-05-31"));
    }

    @Test
    void answersALedgerThatThrowsInsteadOfFailingItsFluxTheSameWay() {
        ledger = (region, from, to) -> {
            throw new InvalidInput("from", "must not be after to");
        };

        refused(client("5205").get().uri("/api/v1/reports/export?region=520500&from=2020-06-01&to=2020-05-31"));
    }

    @Test
    void letsTheLedgerRefuseARegionNobodyKnows() {
        ledger = (region, from, to) -> Flux.error(new InvalidInput("region", "is not a known region"));

        client("5205").get().uri("/api/v1/reports/export?region=529999&from=2020-01-01&to=2020-05-31").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void letsTheLedgerSeeWhoIsAsking() {
        AtomicReference<String> seen = new AtomicReference<>();
        ledger = (region, from, to) -> ReactiveSecurityContextHolder.getContext()
                .doOnNext(context -> seen.set(context.getAuthentication().getName()))
                .thenMany(Flux.just(LedgerRows.aClosedHousingCaseInWeining()));

        client("5205").get().uri(BIJIE).exchange().expectStatus().isOk();

        assertThat(seen.get()).isEqualTo("analyst");
    }

    @Test
    void forbidsARegionTheLedgerRefusesToTheClient() {
        ledger = (region, from, to) -> Flux.error(new NotPermitted(
                "the token's regions do not cover region " + region));

        client("5201").get().uri(BIJIE).exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void streamsAHundredThousandRowsAskingTheLedgerForOneBatchAtATime(@TempDir Path dir) throws IOException {
        AtomicLong largestRequest = new AtomicLong();
        ledger = (region, from, to) -> LedgerRows.ledgerOf(100_000)
                .doOnRequest(n -> largestRequest.accumulateAndGet(n, Math::max));
        Path file = dir.resolve("ledger.xlsx");

        long started = System.nanoTime();
        Flux<DataBuffer> body = client("5205").get().uri(BIJIE).exchange()
                .expectStatus().isOk()
                .returnResult(DataBuffer.class).getResponseBody();
        DataBufferUtils.write(body, file).block(Duration.ofMinutes(2));
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("download of 100,000 cases: %,d bytes in %,d ms%n", Files.size(file), millis);
        assertThat(largestRequest.get()).isLessThanOrEqualTo(LedgerExportHandler.BATCH);
        assertThat(XlsxRows.perSheet(file)).containsEntry("xl/worksheets/sheet1.xml", 100_001L);
    }

    private static void refused(WebTestClient.RequestHeadersSpec<?> request) {
        request.exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectHeader().doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[0].field").isEqualTo("from")
                .jsonPath("$.errors[0].message").isEqualTo("must not be after to");
    }

    private WebTestClient client(String... regions) {
        CaseLedger current = (region, from, to) -> ledger.rows(region, from, to);
        return WebTestClient
                .bindToRouterFunction(new ExportConfiguration().ledgerExportRoutes(current,
                        summaries, new LedgerWorkbook(Workbooks.CLOCK), REGIONS))
                .handlerStrategies(HandlerStrategies.builder()
                        .exceptionHandler(
                                new ProblemExceptionHandler(new ProblemResponses(JsonMapper.builder().build())))
                        .build())
                .webFilter(signedIn(regions))
                .configureClient()
                .responseTimeout(Duration.ofMinutes(2))
                .build();
    }

    /** What the resource server would have put in the context for an analyst's token. */
    private static WebFilter signedIn(String... regions) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "none").subject("analyst")
                .claim("scope", "reports:read").claim("regions", List.of(regions)).build();
        JwtAuthenticationToken token = new JwtAuthenticationToken(jwt);
        return (exchange, chain) -> chain.filter(exchange)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(token));
    }
}
