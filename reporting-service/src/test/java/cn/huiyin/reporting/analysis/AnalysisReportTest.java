package cn.huiyin.reporting.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.reporting.summary.model.Summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AnalysisReportTest {

    private final AnalysisReport report = new AnalysisReport();
    private final String page = report.render(SeedSummaries.bijieFirstHalfOf2020());

    @Test
    void titlesTheReportWithTheRegionAndThePeriod() {
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<title>毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）</title>")
                .contains("<h1>毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）</h1>")
                .contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">");
    }

    @Test
    void carriesTheFiveSectionsOfTheSeedReportThenCasesLeagueHotspotsAndMonitoring() {
        java.util.List<String> headings = java.util.List.of("一、办件综述", "二、领导批示情况", "三、存在问题", "四、原因分析",
                "五、工作建议", "六、典型案例", "七、三率排名", "八、热点预警", "九、防返贫监测");
        int at = -1;
        for (String heading : headings) {
            assertThat(page).contains("<h2>" + heading + "</h2>");
            assertThat(page.indexOf("<h2>" + heading)).as(heading).isGreaterThan(at);
            at = page.indexOf("<h2>" + heading);
        }
    }

    @Test
    void namesEveryCountyWithItsCountAndShareInTheSeedReportsWords() {
        String sentence = "从区域分布来看，威宁自治县30件（占23.6%）、七星关区19件（占15.0%）、金沙县17件（占13.4%）、"
                + "大方县14件（占11.0%）、黔西县13件（占10.2%）、赫章县13件（占10.2%）、纳雍县12件（占9.4%）、"
                + "织金县8件（占6.3%）、金海湖新区1件（占0.8%）、百里杜鹃管理区0件。";

        assertThat(OverviewSection.regions(SeedSummaries.bijieFirstHalfOf2020())).isEqualTo(sentence);
        assertThat(page).contains("<p>" + sentence + "</p>");
    }

    @Test
    void totalsTheCallsAndTheTransferredCases() {
        assertThat(page).contains("2020年1月1日至2020年5月31日，扶贫专线共受理毕节市来电781件（政策咨询665件、诉求86件、"
                + "投诉举报30件），其中咨询、建议类当场答复665件，诉求、投诉类116件，重复来电23件；共转办127件。");
    }

    @Test
    void listsTheTopTownshipsAndHowManyTownshipsHadCases() {
        assertThat(page).contains("从乡镇分布来看，共有81个乡镇（街道）有转办件，转办件较多的是草海镇6件（占4.7%）、")
                .contains("梨树镇3件（占2.4%）。");
    }

    @Test
    void givesEveryCategoryAndDepartmentWithItsShareOfTheCases() {
        assertThat(page).contains("从事项分类来看，住房保障60件（占47.2%）、易地扶贫搬迁18件（占14.2%）、基础设施建设15件（占11.8%）")
                .contains("征地拆迁1件（占0.8%）。（一件可涉及多项，合计134项次，占比之和可超过100%）")
                .contains("从责任部门来看，住房城乡建设58件（占45.7%）")
                .contains("合计138项次");
    }

    @Test
    void comparesTheSatisfactionTheCountiesReportedWithWhatTheCallbacksFound() {
        assertThat(page).contains("从满意度来看，县级上报满意107件（占84.3%）、基本满意12件（占9.4%）、不满意8件（占6.3%）；"
                + "回访满意99件（占78.0%）、不满意18件（占14.2%）、无法联系10件（占7.9%）。"
                + "回访满意率（78.0%）比上报满意率（84.3%）低6.3个百分点。");
    }

    @Test
    void reportsSubstantiationLateAndMissingReportsAndHowLongCasesTook() {
        assertThat(page).contains("已核查127件，其中属实或部分属实94件，属实率74.0%；迟报6件，漏报2件；平均核查用时18.4天；"
                + "已办结117件，平均办结用时23.7天；市级核查退回重新核查3件，回访不满意后重新办理12件。");
    }

    @Test
    void cityReturnsAreCountedApartFromCallbackReopenings() {
        assertThat(page).contains("市级核查退回重新核查3件，回访不满意后重新办理12件。");
    }

    @Test
    void aCaseAwaitingItsSecondCallbackTryCountsAsPending() {
        String pending = report.render(SeedSummaries.bijieWithThreeCallbacksToTryAgain());

        assertThat(pending).contains("回访满意99件（占79.8%）、不满意18件（占14.5%）、无法联系7件（占5.6%）；"
                + "另有3件暂未联系上、待再次回访。回访满意率（79.8%）比上报满意率（84.3%）低4.4个百分点。");
        assertThat(page).doesNotContain("待再次回访");
    }

    @Test
    void setsTheCityAgainstTheProvinceAndItsSiblings() {
        assertThat(page).contains("（一）来电总量与排名。2020年1月1日至2020年5月31日，毕节市共来电781件，转办127件，"
                + "来电量月均增长3.7%；占全省来电2564件的30.5%，转办件占全省的31.6%，"
                + "来电量在全省9个市（州）中排第1位，5个月中有4个月排名第一。");
    }

    @Test
    void namesTheLeadingCategoryAndTheNaturesOfTheProblems() {
        assertThat(page).contains("（二）住房保障问题最为集中。住房保障类转办件60件，占转办件总数的47.2%，居各类事项之首。")
                .contains("（三）不符合政策规定仍希望享受政策。共41件，占转办件的32.3%。")
                .contains("（四）资金兑现不及时。共53件，占转办件的41.7%，其中住房保障31件、产业扶贫9件、易地扶贫搬迁3件。")
                .contains("（五）工作失误(延误)。共25件，占转办件的19.7%。")
                .contains("（六）政策执行不到位。共9件，占转办件的7.1%。");
    }

    @Test
    void summarisesReturnToPovertyMonitoring() {
        assertThat(page).contains("毕节市新识别防返贫监测对象236户，期末在监测1052户，风险消除180户，风险消除率76.3%；超过时限识别7户。")
                .contains("从风险类型来看，因病96户（占40.7%）、因学40户（占16.9%）");
        assertThat(page).doesNotContain("再次纳入");
    }

    @Test
    void namesTheHouseholdsTakenInAgainAmongTheIdentified() {
        assertThat(report.render(SeedSummaries.bijieWithReidentified(12)))
                .contains("毕节市新识别防返贫监测对象236户（其中返贫再次纳入12户），期末在监测1052户，风险消除180户");
    }

    @Test
    void embedsFiveChartsAsInlineSvgWithTheirChineseText() {
        assertThat(occurrences(page, "<svg")).isEqualTo(5);
        assertThat(page).contains("id='chart-region'", "id='chart-category'", "id='chart-department'",
                "id='chart-satisfaction'", "id='chart-monthly'");
        // as <text>, in the browser's fonts, not as glyph outlines
        assertThat(svgText(page)).contains(">威宁自治县</text>", ">住房保障</text>", ">人力资源社会保障</text>",
                ">回访满意度</text>", ">无法联系</text>", ">5月</text>");
        assertThat(page).contains("font-family: " + ChartStyle.FONT_FAMILIES)
                .contains("\"Noto Sans CJK SC\", \"WenQuanYi Zen Hei\", \"Source Han Sans SC\", sans-serif");
    }

    @Test
    void fetchesNothingFromTheNetwork() {
        // the namespace names of the SVG elements are identifiers, never fetched
        String withoutNamespaces = page.replaceAll("xmlns(:\\w+)?='[^']*'", "");

        assertThat(withoutNamespaces).doesNotContain("http://", "https://", "<script", "<link", "<img", "<iframe",
                "src=", "@import", "@font-face", "href=");
        assertThat(withoutNamespaces.replace("url(#", "")).doesNotContain("url(");
    }

    @Test
    void escapesEveryLabelThatComesFromTheData() {
        String hostile = report.render(SeedSummaries.bijieWithCounty("<script>alert(1)</script>"));

        assertThat(hostile).doesNotContain("<script>", "</script>")
                .contains("<p>从区域分布来看，&lt;script&gt;alert(1)&lt;/script&gt;30件（占23.6%）")
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt;</text>");
    }

    @Test
    void rendersAnEmptyPeriodWithDashesAndEmptyCharts() {
        Summary empty = SeedSummaries.anEmptyPeriodInBijie();

        String html = report.render(empty);

        assertThat(html).doesNotContain("NaN", "Infinity", "?%")
                .contains("从区域分布来看，威宁自治县0件、七星关区0件。")
                .contains("从事项分类来看，无转办件。")
                .contains("属实率—", "平均核查用时—；", "风险消除率—")
                .contains("县级上报满意0件、基本满意0件、不满意0件；回访满意0件、不满意0件、无法联系0件。");
        assertThat(occurrences(html, "<svg")).isEqualTo(5);
        assertThat(occurrences(html, ChartStyle.NO_DATA)).isEqualTo(5);
    }

    private static String svgText(String html) {
        StringBuilder text = new StringBuilder();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            text.append(m.group());
        }
        return text.toString();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
