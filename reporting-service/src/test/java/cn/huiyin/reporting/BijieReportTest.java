package cn.huiyin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.events.Nature;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.streams.ReadModelLag;
import cn.huiyin.reporting.seed.BijieEvents;
import cn.huiyin.reporting.seed.EventFeed;
import cn.huiyin.reporting.seed.Published;
import cn.huiyin.reporting.seed.SeedFigures;
import cn.huiyin.reporting.summary.model.Summary;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The seed report of DESIGN.md §7 (毕节市, January to May 2020), computed from generated events
 * that reach the service over Kafka shuffled, with every case event delivered twice.
 */
@HuiyinServiceTest
class BijieReportTest {

    private static BijieEvents.Generated generated;

    @Autowired
    WebTestClient web;

    @Autowired
    RegionRegistry regions;

    @Autowired
    ReadModelLag readModel;

    @BeforeEach
    void publishOnce() {
        if (generated != null) {
            return;
        }
        generated = BijieEvents.generate(regions);
        List<Published> deliveries = new ArrayList<>(generated.events());
        generated.events().stream().filter(event -> !event.topic().equals("case-received")).forEach(deliveries::add);
        Collections.shuffle(deliveries, new Random(7));
        EventFeed.publish(deliveries);
        // every event published so far is in MongoDB's read model: the topology and its sink are caught up
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(readModel::caughtUp);
    }

    @Test
    void countsTheCityCasesAndCallsOfTheSeedReport() {
        Summary summary = bijie();

        assertThat(summary.total()).isEqualTo(SeedFigures.CASES);
        assertThat(summary.calls().total()).isEqualTo(SeedFigures.CALLS);
        assertThat(summary.calls().answered()).isEqualTo(SeedFigures.ANSWERED);
        assertThat(summary.calls().transferable()).isEqualTo(SeedFigures.CALLS - SeedFigures.ANSWERED);
        assertThat(summary.calls().repeats()).isEqualTo(generated.truth().repeats());
    }

    @Test
    void distributesTheCasesOverEveryCountyWithZerosIncluded() {
        Summary summary = bijie();

        Map<String, Integer> byCounty = summary.byRegion().stream()
                .collect(Collectors.toMap(Summary.Share::code, Summary.Share::count));
        assertThat(byCounty).isEqualTo(SeedFigures.CASES_BY_COUNTY);
        assertThat(summary.byRegion().get(0).code()).isEqualTo("520526");
        assertThat(summary.byRegion().get(0).share()).isCloseTo(30.0 / 127, within(1e-12));
        assertThat(summary.byRegion()).last().extracting(Summary.Share::count).isEqualTo(0);
    }

    @Test
    void listsTheTopTownshipsAndCountsTownshipsWithCases() {
        Summary summary = bijie();

        assertThat(summary.townshipsWithCases()).isEqualTo(SeedFigures.TOWNSHIPS_WITH_CASES);
        List<Integer> counts = generated.truth().casesByTownship().values().stream()
                .sorted(Collections.reverseOrder()).toList();
        int tenth = counts.get(9);
        long withTies = counts.stream().filter(count -> count >= tenth).count();
        assertThat(summary.topTownships()).hasSize((int) withTies);
        summary.topTownships().forEach(line ->
                assertThat(line.count()).isEqualTo(generated.truth().casesByTownship().get(line.code())));
        // named with their county, as the seed report does (金沙县后山乡)
        RegionRegistry registry = RegionRegistry.loadDefault();
        summary.topTownships().forEach(line -> assertThat(line.label())
                .isEqualTo(registry.countyOf(line.code()).name() + registry.find(line.code()).orElseThrow().name()));
    }

    @Test
    void countsCategoriesDepartmentsAndNaturesAsSharesOfTheCases() {
        Summary summary = bijie();

        assertThat(counts(summary.byCategory())).isEqualTo(names(SeedFigures.CASES_BY_CATEGORY));
        assertThat(summary.byCategory().stream().mapToInt(Summary.Share::count).sum())
                .isEqualTo(SeedFigures.CATEGORY_MENTIONS);
        assertThat(summary.byCategory().get(0).share()).isCloseTo(60.0 / 127, within(1e-12));
        assertThat(counts(summary.byDepartment())).isEqualTo(names(generated.truth().casesByDepartment()));
        assertThat(summary.byDepartment().stream().mapToInt(Summary.Share::count).sum())
                .isEqualTo(SeedFigures.DEPARTMENT_MENTIONS);
        assertThat(counts(summary.byNature())).isEqualTo(names(SeedFigures.CASES_BY_NATURE));
        Map<String, Integer> fundsDelayed = counts(summary.fundsDelayedByCategory());
        SeedFigures.FUNDS_DELAYED_NAMED.forEach((category, count) ->
                assertThat(fundsDelayed.get(category.name())).as(category.label()).isEqualTo(count));
        assertThat(fundsDelayed).isEqualTo(names(generated.truth().fundsDelayedByCategory()));
    }

    @Test
    void comparesReportedWithCallbackSatisfaction() {
        Summary summary = bijie();

        assertThat(summary.reportedSatisfaction()).containsExactly(
                Map.entry("SATISFIED", 107), Map.entry("BASICALLY_SATISFIED", 12), Map.entry("UNSATISFIED", 8));
        assertThat(summary.callbackSatisfaction()).containsExactly(
                Map.entry("SATISFIED", 99), Map.entry("UNSATISFIED", 18), Map.entry("UNREACHABLE", 10));
        assertThat(summary.reportedSatisfactionShares().get("SATISFIED")).isCloseTo(107.0 / 127, within(1e-12));
        assertThat(summary.callbackSatisfactionShares().get("SATISFIED")).isCloseTo(99.0 / 127, within(1e-12));
    }

    @Test
    void cityReturnsAreCountedApartFromCallbackReopenings() {
        Summary summary = bijie();

        assertThat(summary.returnedByCity()).isEqualTo(generated.truth().returnedByCity()).isPositive();
        assertThat(summary.reopened()).isEqualTo(generated.truth().reopened());
    }

    @Test
    void unreachableCitizensCountOnlyOnceTheLastTryFailed() {
        Summary summary = bijie();

        // every unreachable citizen of the seed was tried three times; some satisfied ones answered the second try
        assertThat(summary.callbackSatisfaction().get("UNREACHABLE")).isEqualTo(10);
        assertThat(summary.callbackRetryPending()).isZero();
    }

    @Test
    void measuresHowTheCountiesHandledTheCases() {
        Summary summary = bijie();
        BijieEvents.Truth truth = generated.truth();

        assertThat(summary.verified()).isEqualTo(SeedFigures.CASES);
        assertThat(summary.substantiated()).isEqualTo(truth.substantiated());
        assertThat(summary.substantiationRate()).isCloseTo((double) truth.substantiated() / 127, within(1e-12));
        assertThat(summary.late()).isEqualTo(truth.late()).isPositive();
        assertThat(summary.missing()).isZero();
        assertThat(summary.closed()).isEqualTo(truth.closed());
        assertThat(summary.reopened()).isEqualTo(truth.reopened());
        assertThat(summary.averageDaysToVerification()).isCloseTo(truth.averageDaysToVerification(), within(1e-9));
        assertThat(summary.averageDaysToClose()).isCloseTo(truth.averageDaysToClose(), within(1e-9));
    }

    @Test
    void ranksTheCityAmongTheProvincesCitiesMonthByMonth() {
        Summary summary = bijie();

        assertThat(summary.monthly()).extracting(Summary.Month::calls).isEqualTo(SeedFigures.MONTHLY_CALLS);
        assertThat(summary.monthly()).extracting(Summary.Month::cases).isEqualTo(generated.truth().monthlyCases());
        // the seed: second in January, first from February to May
        assertThat(summary.monthly()).extracting(Summary.Month::rank).containsExactly(2, 1, 1, 1, 1);
        assertThat(summary.averageMonthlyGrowth()).isCloseTo(Math.pow(169.0 / 146, 0.25) - 1, within(1e-12));
        assertThat(Math.round(summary.averageMonthlyGrowth() * 1000)).isEqualTo(37);
        assertThat(summary.shareOfParent().calls()).isCloseTo(781.0 / 2564, within(1e-12));
        assertThat(summary.rankAmongSiblings()).isEqualTo(new Summary.Rank(1, 1, 9, 4, 5));
    }

    @Test
    void splitsTheHousingCasesByCountyAndByNatureAsTheSeedsThirdSectionDoes() {
        Summary summary = bijie();

        Summary.CategoryDetail housing = summary.categoryDetails().get(0);
        assertThat(housing.code()).isEqualTo(Category.HOUSING_SECURITY.name());
        assertThat(housing.count()).isEqualTo(60);
        // 威宁自治县(28.3%)、金沙县(25%)、七星关区(10%)、黔西县(10%)
        assertThat(counts(housing.byRegion())).containsAllEntriesOf(SeedFigures.HOUSING_BY_COUNTY);
        assertThat(housing.byRegion().get(0).share()).isCloseTo(17.0 / 60, within(1e-12));
        assertThat(housing.byRegion()).extracting(Summary.Share::code).startsWith("520526", "520523");
        // 因危房改造补助金兑现不及时而产生的诉求 31 件
        assertThat(housing.natures().get(0)).satisfies(nature -> {
            assertThat(nature.code()).isEqualTo(Nature.FUNDS_DELAYED.name());
            assertThat(nature.count()).isEqualTo(31);
        });
        assertThat(summary.categoryDetails()).extracting(Summary.CategoryDetail::code)
                .containsExactlyElementsOf(summary.byCategory().stream().map(Summary.Share::code).toList());
    }

    @Test
    void comparesTheCityWithItsProvinceAsTheSeedsFourthSectionDoes() {
        Summary summary = bijie();

        // 咨询、建议 665 次,占全省总量(2564 次)的 25.9%; 转办 127 件 of the province's cases
        assertThat(summary.parent().code()).isEqualTo(SeedFigures.PROVINCE);
        assertThat(summary.parent().calls()).isEqualTo(SeedFigures.PROVINCE_CALLS);
        assertThat(summary.calls().byType().get("CONSULTATION") + summary.calls().byType().get("SUGGESTION"))
                .isEqualTo(SeedFigures.ANSWERED);
        assertThat(Math.round(1000.0 * SeedFigures.ANSWERED / summary.parent().calls())).isEqualTo(259);
        assertThat(summary.parent().cases()).isGreaterThanOrEqualTo(summary.total());
    }

    @Test
    void ranksTheCountiesByTheirResponseResolutionAndSatisfactionRates() {
        Summary summary = bijie();

        Map<String, BijieEvents.League> truth = generated.truth().leagueByCounty();
        assertThat(summary.leagueTable()).hasSize(regions.children(SeedFigures.CITY).size());
        for (Summary.LeagueRow row : summary.leagueTable()) {
            BijieEvents.League expected = truth.getOrDefault(row.code(), new BijieEvents.League(0, 0, 0, 0, 0));
            assertThat(row.cases()).as(row.name()).isEqualTo(expected.cases());
            assertThat(row.responded()).as(row.name()).isEqualTo(expected.responded());
            assertThat(row.reached()).as(row.name()).isEqualTo(expected.reached());
            assertThat(row.resolved()).as(row.name()).isEqualTo(expected.resolved());
            assertThat(row.satisfied()).as(row.name()).isEqualTo(expected.satisfied());
            if (expected.cases() > 0) {
                double composite = (0.2 * expected.responded() / expected.cases()
                        + 0.4 * expected.resolved() / expected.reached()
                        + 0.4 * expected.satisfied() / expected.reached());
                assertThat(row.composite()).as(row.name()).isCloseTo(composite, within(1e-9));
            }
        }
        // ranked best first, ties sharing a rank; 百里杜鹃管理区 has no case and no rank
        List<Summary.LeagueRow> ranked = summary.leagueTable().stream().filter(row -> row.rank() > 0).toList();
        assertThat(ranked).hasSize(9);
        assertThat(ranked.get(0).rank()).isEqualTo(1);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).composite()).isLessThanOrEqualTo(ranked.get(i - 1).composite());
        }
        assertThat(summary.leagueTable()).filteredOn(row -> row.code().equals("520572"))
                .singleElement().satisfies(row -> assertThat(row.rank()).isZero());
        // nothing before January: no change of rank to tell
        assertThat(summary.leagueComparedWith()).isEqualTo(
                new Summary.Period(java.time.LocalDate.of(2019, 8, 1), java.time.LocalDate.of(2019, 12, 31)));
        assertThat(ranked).allSatisfy(row -> assertThat(row.rankChange()).isNull());
    }

    @Test
    void comparesEachMonthsLeagueWithThePreviousMonths() {
        Summary march = web.get().uri("/api/v1/reports/summary?region={r}&from=2020-03-01&to=2020-03-31",
                        SeedFigures.CITY)
                .header("Authorization", Tokens.scopes("reports:read").regions("52").bearer())
                .exchange().expectStatus().isOk().expectBody(Summary.class).returnResult().getResponseBody();
        Summary february = web.get().uri("/api/v1/reports/summary?region={r}&from=2020-02-01&to=2020-02-29",
                        SeedFigures.CITY)
                .header("Authorization", Tokens.scopes("reports:read").regions("52").bearer())
                .exchange().expectStatus().isOk().expectBody(Summary.class).returnResult().getResponseBody();

        assertThat(march.leagueComparedWith().from()).isEqualTo(java.time.LocalDate.of(2020, 2, 1));
        Map<String, Integer> februaryRanks = february.leagueTable().stream()
                .collect(Collectors.toMap(Summary.LeagueRow::code, Summary.LeagueRow::rank));
        assertThat(march.leagueTable()).filteredOn(row -> row.rank() > 0 && februaryRanks.get(row.code()) > 0)
                .isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.previousRank()).isEqualTo(februaryRanks.get(row.code()));
                    assertThat(row.rankChange()).isEqualTo(februaryRanks.get(row.code()) - row.rank());
                });
    }

    @Test
    void theAnalysisReportShowsTypicalCasesChosenByRuleWithTheirPlaceAndMaskedText() {
        String page = web.get().uri("/reports/analysis?region={r}&from={f}&to={t}", SeedFigures.CITY, SeedFigures.FROM,
                        SeedFigures.TO)
                .header("Authorization", Tokens.scopes("reports:read").regions("52").bearer())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        String cases = page.substring(page.indexOf("<h2>六、典型案例</h2>"), page.indexOf("<h2>七、三率排名</h2>"));
        // two cases per rule: unsatisfied after the callback, reopened, late or missing reports
        assertThat(cases.split("回访不满意。", -1)).hasSize(3);
        assertThat(cases.split("重新办理。", -1)).hasSize(3);
        assertThat(cases.split("超期未报或迟报。", -1)).hasSize(3);
        assertThat(cases).contains("群众于2020年", "反映住房保障", "诉求内容（生成）", "（受理编号HY5205");
        // every case names its township with its county
        assertThat(cases).containsPattern("（一）回访不满意。[^<]*(县|区|新区)[^<]*(镇|乡|街道)群众于");
        // the masthead configured for 毕节市 (application.yml), dated the day of the request
        assertThat(page).contains("<span>毕节市政府办扶贫专线服务中心</span>", "呈报：建琨、集智、宏远");
        // the league table and the hotspots section come from the same generated data
        assertThat(page).contains("<h2>七、三率排名</h2>", "<td>百里杜鹃管理区</td>");
    }

    @Test
    void reportsTheHouseholdsIdentifiedAndCleared() {
        Summary.Households households = bijie().households();
        var truth = generated.truth().households();

        assertThat(households.identified()).isEqualTo(truth.identified());
        assertThat(households.cleared()).isEqualTo(truth.cleared());
        assertThat(households.monitored()).isEqualTo(truth.monitored());
        assertThat(households.clearingRate()).isCloseTo(truth.clearingRate(), within(1e-12));
        assertThat(households.overdueIdentifications()).isEqualTo(truth.identifiedLate());
        assertThat(counts(households.byRiskFactor())).isEqualTo(names(truth.byRiskFactor()));
    }

    @Test
    void givesTheProvinceAllItsCalls() {
        Summary province = summary(SeedFigures.PROVINCE);

        assertThat(province.calls().total()).isEqualTo(SeedFigures.PROVINCE_CALLS);
        assertThat(province.byRegion()).filteredOn(line -> line.code().equals(SeedFigures.CITY))
                .extracting(Summary.Share::count).containsExactly(SeedFigures.CASES);
    }

    @Test
    void exportsTheCityLedgerAsAWorkbookWithOneRowPerCase() throws Exception {
        byte[] xlsx = web.get().uri("/api/v1/reports/export?region={r}&from={f}&to={t}", SeedFigures.CITY,
                        SeedFigures.FROM, SeedFigures.TO)
                .header("Authorization", Tokens.scopes("reports:read").regions("5205").bearer())
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet ledger = workbook.getSheet("台账");
            assertThat(ledger.getLastRowNum()).isEqualTo(SeedFigures.CASES);
            assertThat(ledger.getRow(0).getCell(1).getStringCellValue()).isEqualTo("受理编号");
            assertThat(ledger.getRow(0).getCell(4).getStringCellValue()).isEqualTo("区县");
            List<String> counties = new ArrayList<>();
            for (int row = 1; row <= SeedFigures.CASES; row++) {
                counties.add(ledger.getRow(row).getCell(4).getStringCellValue());
            }
            assertThat(counties.stream().filter(name -> name.startsWith("威宁")).count()).isEqualTo(30);
            // the summary's tables beside the cases, with the same figures
            Sheet byRegion = workbook.getSheet("区域分布");
            assertThat(byRegion.getRow(1).getCell(1).getStringCellValue()).isEqualTo("520526");
            assertThat(byRegion.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(30);
            assertThat(byRegion.getRow(1).getCell(4).getNumericCellValue()).isCloseTo(30.0 / 127, within(1e-12));
            assertThat(workbook.getSheet("满意度").getRow(4).getCell(2).getNumericCellValue()).isEqualTo(99);
        }
    }

    @Test
    void rendersTheCountySentenceOfTheAnalysisReport() {
        String html = web.get().uri("/reports/analysis?region={r}&from={f}&to={t}", SeedFigures.CITY,
                        SeedFigures.FROM, SeedFigures.TO)
                .header("Authorization", Tokens.scopes("reports:read").regions("52").bearer())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains("从区域分布来看").contains("威宁彝族回族苗族自治县30件（占23.6%）")
                .contains("七星关区19件（占15.0%）").contains("金沙县17件（占13.4%）").contains("百里杜鹃管理区0件");
    }

    @Test
    void rendersTheAnalysisReportAsAnA4PdfWithItsChineseFontEmbedded() throws Exception {
        long start = System.nanoTime();
        // the half-year's PDF is larger than the client's default buffer of 256 KiB
        byte[] pdf = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/reports/analysis.pdf?region={r}&from={f}&to={t}", SeedFigures.CITY,
                        SeedFigures.FROM, SeedFigures.TO)
                .header("Authorization", Tokens.scopes("reports:read").regions("52").bearer())
                .exchange().expectStatus().isOk().expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult().getResponseBody();
        long millis = (System.nanoTime() - start) / 1_000_000;

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines joined again: the stripper breaks a paragraph where the page did
            String text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
            assertThat(text).contains("毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）")
                    .contains("一、办件综述", "二、领导批示情况", "三、存在问题", "五、工作建议", "七、三率排名", "九、防返贫监测")
                    .contains("威宁彝族回族苗族自治县30件（占23.6%）", "七星关区19件（占15.0%）", "共转办127件");
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            }
            PDResources firstPage = document.getPage(0).getResources();
            for (COSName font : firstPage.getFontNames()) {
                assertThat(firstPage.getFont(font).isEmbedded()).as(firstPage.getFont(font).getName()).isTrue();
            }
            System.out.printf("analysis.pdf of 毕节市 2020-01-01..2020-05-31: %d bytes, %d pages, %d ms%n",
                    pdf.length, document.getNumberOfPages(), millis);
        }
    }

    private Summary bijie() {
        return summary(SeedFigures.CITY);
    }

    private Summary summary(String region) {
        return web.get().uri("/api/v1/reports/summary?region={r}&from={f}&to={t}", region, SeedFigures.FROM,
                        SeedFigures.TO)
                .header("Authorization", Tokens.scopes("reports:read").regions("52").bearer())
                .exchange().expectStatus().isOk().expectBody(Summary.class).returnResult().getResponseBody();
    }


    private static Map<String, Integer> counts(List<Summary.Share> lines) {
        return lines.stream().collect(Collectors.toMap(Summary.Share::code, Summary.Share::count));
    }

    private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
        return counts.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }
}
