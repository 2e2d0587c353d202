package cn.huiyin.reporting.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.Category;
import cn.huiyin.reporting.summary.model.Summary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 19 §1: the seed report's sections beyond the overview — header, 二 (instructions), 三's second-level figures,
 * 四 (shares of the province), 五 (recommendations by rule), 六 (typical cases) — and the league table and hotspots.
 */
class ReportSectionsTest {

    private final Summary bijie = SeedSummaries.bijieFirstHalfOf2020();
    private final AnalysisReport report = new AnalysisReport();

    @Test
    void theMastheadNamesTheOfficeTheDateTheIssueAndWhomTheReportGoesTo() {
        ReportHeaders headers = new ReportHeaders(java.util.Map.of("5205", new ReportHeaders.Entry("毕节市扶贫专线",
                "毕节市扶贫专线快报", "毕节市政府办扶贫专线服务中心", List.of("建琨", "集智"), List.of("市委办", "市政府办"))));
        String page = report.render(bijie, ReportExtras.none()
                .withHeader(headers.of("5205", "毕节市", LocalDate.of(2020, 7, 27), "2020年第6期")));

        assertThat(page).contains("<p class=\"masthead-title\">毕节市扶贫专线</p>", "2020年第6期",
                "<span>毕节市政府办扶贫专线服务中心</span><span>2020年7月27日</span>", "呈报：建琨、集智",
                "报送：市委办、市政府办");
        assertThat(page.indexOf("masthead")).isLessThan(page.indexOf("<h1>"));
        // a region without configuration gets its name
        assertThat(headers.of("5203", "遵义市", LocalDate.of(2020, 7, 27), null).office()).isEqualTo("遵义市扶贫专线服务中心");
    }

    @Test
    void theInstructionsSectionTellsWhoWhenOnWhichIssueTheWordsAndTheFollowUp() {
        String page = report.render(bijie, ReportExtras.none().withInstructions(List.of(
                new ReportExtras.Instruction("周建琨", "省政协副主席、市委书记", LocalDate.of(2020, 4, 4),
                        "《毕节市扶贫专线快报》（2020年第3期）", "我市诉求量很大，各县（区）都要严格按照市委要求，加大遍访力度",
                        ReportExtras.FollowUp.DONE, 9, 9),
                new ReportExtras.Instruction("张集智", "市委副书记、市长", LocalDate.of(2020, 6, 5),
                        "《毕节市扶贫专线快报》（2020年第5期）", "请七星关、织金、纳雍、赫章县（区）政府主要领导督促抓好整改！",
                        ReportExtras.FollowUp.OVERDUE, 2, 4))));

        assertThat(page).contains("本期领导共作出批示2件，已办结1件，超期未办结1件。")
                .contains("省政协副主席、市委书记周建琨同志于2020年4月4日，在《毕节市扶贫专线快报》（2020年第3期）上批示：“我市诉求量很大")
                .contains("（办理情况：已超期，2/4个单位已答复）");
        assertThat(report.render(bijie)).contains("本期无领导批示。");
    }

    @Test
    void theProblemsSectionSplitsTheLeadingCategoryByCountyAndByNatureAndGivesTheMonthlyRanks() {
        String page = report.render(bijie);

        // the seed: 因危房改造补助金兑现不及时而产生的诉求31件 … 威宁自治县(28.3%)、金沙县(25%)、七星关区(10%)、黔西县(10%)
        assertThat(page).contains("其中因资金兑现不及时而产生的诉求31件，占51.7%；因不符合政策规定仍希望享受政策而产生的诉求21件，占35.0%。")
                .contains("威宁自治县（28.3%）、金沙县（25.0%）、七星关区（10.0%）、黔西县（10.0%）的群众在住房保障方面的诉求较多。");
        // the fixture's months: first in January, February missing second … as its ranks say
        assertThat(ProblemsSection.monthlyRanks(bijie)).isEqualTo("逐月看，1月排第1位，2月排第2位，3月至5月均排第1位，来电量呈逐月上升趋势。");
    }

    @Test
    void theCausesSectionComputesTheSharesOfTheProvinceTheSeedQuotes() {
        String page = report.render(bijie);

        // 政策咨询、建议达665次，占全省总量的25.9%
        assertThat(page).contains("群众向扶贫专线进行政策咨询、建议达665次，占全省来电总量（2564次）的25.9%")
                .contains("共办理扶贫专线转办群众诉求事项127件，占全省的39.9%（全省为318件）")
                .contains("工作作风需持续改进。涉嫌因工作失误（延误）等因素产生的诉求25件，占19.7%；政策执行不到位的9件，占7.1%");
    }

    @Test
    void theAdviceSectionRecommendsByRuleAndNamesTheFigureThatTriggeredEach() {
        String page = report.render(bijie);

        assertThat(page).contains("住房城乡建设部门要压实责任，强化工作调度，督促做好住房保障方面资金拨付")
                .contains("（依据：住房保障60件，占转办件的47.2%，居各类事项之首。）")
                .contains("威宁自治县、赫章县要按规定成立调查组现场核查")
                .contains("（依据：威宁自治县迟报4件、漏报0件，赫章县迟报2件、漏报2件。）")
                .contains("上报满意度高于回访满意度6.3个百分点")
                .contains("反映资金兑现不及时的诉求53件、占41.7%")
                .contains("威宁自治县三率（响应率、解决率、满意率）综合得分居后");
    }

    @Test
    void aRuleThatItsFigureDoesNotCallForRecommendsNothingAndTheWordingComesFromTheRulesFile() {
        Recommendations strict = Recommendations.parse(new ByteArrayInputStream("""
                departments:
                  HOUSING_SECURITY: 市住房城乡建设局
                rules:
                  - kind: LARGEST_CATEGORY
                    threshold: 0.5
                    wording: "{department}牵头解决{category}问题。"
                  - kind: REPEAT_CALLERS
                    threshold: 0.02
                    wording: "重复来电{count}件（{share}），要逐户回访。"
                """.getBytes(StandardCharsets.UTF_8)));

        List<Recommendations.Recommendation> found = strict.of(bijie);

        // housing holds 47.2 % < 50 %: no recommendation; repeats 23 of 781 = 2.9 % ≥ 2 %
        assertThat(found).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.kind()).isEqualTo(Recommendations.Kind.REPEAT_CALLERS);
            assertThat(recommendation.text()).isEqualTo("重复来电23件（2.9%），要逐户回访。");
            assertThat(recommendation.trigger()).isEqualTo("重复来电23件，占来电781件的2.9%");
        });
        assertThat(new AnalysisReport(strict).render(SeedSummaries.anEmptyPeriodInBijie()))
                .contains("本期各项指标未触发工作建议规则。");
    }

    @Test
    void typicalCasesLeagueTableAndHotspotsAreShownWithTheirFigures() {
        String page = report.render(bijie, new ReportExtras(null, List.of(),
                List.of(new ReportExtras.TypicalCase("回访不满意", "HY520526-20200305-000012", LocalDate.of(2020, 3, 5),
                        "威宁自治县海拉镇", List.of("住房保障"), "危房改造补助至今未到位，电话138****5678……",
                        "县级核查：属实；回访：不满意，已重新办理1次。")),
                List.of(new ReportExtras.Hotspot("威宁自治县草海镇", Category.HOUSING_SECURITY,
                        Instant.parse("2020-02-29T16:00:00Z"), Instant.parse("2020-03-07T16:00:00Z"), 12, 1.125, 8))));

        assertThat(page).contains("（一）回访不满意。威宁自治县海拉镇群众于2020年3月5日来电（受理编号HY520526-20200305-000012），"
                + "反映住房保障问题：危房改造补助至今未到位，电话138****5678……。县级核查：属实；回访：不满意，已重新办理1次。");
        assertThat(page).contains("<th>排名</th><th>地区</th><th>转办件</th><th>响应率</th><th>解决率</th><th>满意率</th>"
                        + "<th>综合得分</th><th>名次变化</th>")
                .contains("<tr><td>1</td><td>金沙县</td><td>17</td><td>100.0%</td><td>93.3%</td><td>93.3%</td><td>94.7</td><td>↑2</td></tr>")
                .contains("<tr><td>—</td><td>百里杜鹃管理区</td><td>0</td><td>—</td>");
        assertThat(page).contains("本期共发现热点1个")
                .contains("<tr><td>威宁自治县草海镇</td><td>住房保障</td><td>2020年3月1日至2020年3月7日</td><td>12</td><td>1.1</td><td>8</td></tr>");
        assertThat(report.render(bijie)).contains("本期无回访不满意、重新办理或超期未报的案例。", "本期未发现来电异常集中的热点。");
    }
}
