package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.model.Summary.CategoryDetail;
import cn.huiyin.reporting.summary.model.Summary.LeagueRow;
import cn.huiyin.reporting.summary.model.Summary.ParentTotals;
import cn.huiyin.reporting.summary.model.Summary.Period;
import cn.huiyin.reporting.summary.model.Summary.ReportingGap;
import cn.huiyin.reporting.summary.model.Summary.Calls;
import cn.huiyin.reporting.summary.model.Summary.Households;
import cn.huiyin.reporting.summary.model.Summary.Month;
import cn.huiyin.reporting.summary.model.Summary.Rank;
import cn.huiyin.reporting.summary.model.Summary.Ratio;
import cn.huiyin.reporting.summary.model.Summary.Scope;
import cn.huiyin.reporting.summary.model.Summary.Share;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the seed report (DESIGN.md §7, 毕节市 2020 上半年), as a {@link Summary} would carry them;
 * public for the other features that render a summary (the export's summary sheets).
 */
public final class SeedSummaries {

    static final int CASES = 127;
    /** Without its parent, as the summary service fills it: the report's words come from the level. */
    static final Scope BIJIE = new Scope("5205", "毕节市", "CITY", null);

    private SeedSummaries() {
    }

    public static Summary bijieFirstHalfOf2020() {
        return bijieWithCounty("威宁自治县");
    }

    /** The seed report with its first county named {@code label}: how hostile text reaches the page. */
    static Summary bijieWithCounty(String label) {
        return bijie(label, map("SATISFIED", 99, "UNSATISFIED", 18, "UNREACHABLE", 10), 0, 0);
    }

    /** The seed report had {@code reidentified} of its 236 identified households been taken in again (返贫). */
    static Summary bijieWithReidentified(int reidentified) {
        return bijie("威宁自治县", map("SATISFIED", 99, "UNSATISFIED", 18, "UNREACHABLE", 10), 0, reidentified);
    }

    /** The seed report drawn up while three of its ten unreachable citizens were still to be tried again. */
    static Summary bijieWithThreeCallbacksToTryAgain() {
        return bijie("威宁自治县", map("SATISFIED", 99, "UNSATISFIED", 18, "UNREACHABLE", 7), 3, 0);
    }

    private static Summary bijie(String label, Map<String, Integer> callbacks, int callbacksToTryAgain,
            int reidentified) {
        return new Summary(BIJIE, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 5, 31), CASES,
                new Calls(781, map("CONSULTATION", 665, "SUGGESTION", 0, "APPEAL", 86, "COMPLAINT", 30, "PRAISE", 0),
                        665, 116, 23),
                shares("520526", label, 30, "520502", "七星关区", 19, "520523", "金沙县", 17, "520521", "大方县", 14,
                        "520522", "黔西县", 13, "520527", "赫章县", 13, "520525", "纳雍县", 12, "520524", "织金县", 8,
                        "520571", "金海湖新区", 1, "520572", "百里杜鹃管理区", 0),
                shares("520526100", "草海镇", 6, "520502001", "市西街道", 5, "520523100", "城关镇", 5,
                        "520521100", "大方镇", 4, "520522100", "莲城街道", 4, "520527100", "城关镇（赫章）", 4,
                        "520525100", "雍熙街道", 3, "520524100", "双堰街道", 3, "520526101", "炉山镇", 3,
                        "520502101", "梨树镇", 3),
                81,
                shares("HOUSING_SECURITY", "住房保障", 60, "RELOCATION", "易地扶贫搬迁", 18, "INFRASTRUCTURE", "基础设施建设", 15,
                        "SOCIAL_SECURITY", "社会保障", 12, "INDUSTRY", "产业扶贫", 10, "ELIGIBILITY", "扶贫对象认定", 10,
                        "EDUCATION", "教育扶贫", 3, "EMPLOYMENT", "就业创业", 2, "MEDICAL_ASSISTANCE", "医疗救助", 2,
                        "FINANCE", "金融扶贫", 1, "LAND_ACQUISITION", "征地拆迁", 1),
                shares("HOUSING_CONSTRUCTION", "住房城乡建设", 58, "ECOLOGICAL_MIGRATION", "生态移民", 18,
                        "POVERTY_ALLEVIATION", "扶贫（乡村振兴）", 13, "CIVIL_AFFAIRS", "民政", 12, "TRANSPORT", "交通运输", 10,
                        "AGRICULTURE", "农业农村", 10, "POWER_SUPPLY", "供电", 5, "WATER", "水务", 4, "EDUCATION", "教育", 3,
                        "HUMAN_RESOURCES", "人力资源社会保障", 2, "MEDICAL_INSURANCE", "医保", 2, "NATURAL_RESOURCES", "自然资源", 1),
                shares("POLICY_INELIGIBLE", "不符合政策规定仍希望享受政策", 41, "FUNDS_DELAYED", "资金兑现不及时", 53,
                        "WORK_ERROR", "工作失误(延误)", 25, "POLICY_NOT_IMPLEMENTED", "政策执行不到位", 9, "OTHER", "其他", 0),
                shares("HOUSING_SECURITY", "住房保障", 31, "INDUSTRY", "产业扶贫", 9, "RELOCATION", "易地扶贫搬迁", 3),
                127, 94, 94.0 / 127,
                map("SATISFIED", 107, "BASICALLY_SATISFIED", 12, "UNSATISFIED", 8),
                fractions(map("SATISFIED", 107, "BASICALLY_SATISFIED", 12, "UNSATISFIED", 8)),
                callbacks, fractions(callbacks), callbacksToTryAgain,
                6, 2, 18.44, 23.65, 117, 12, 3,
                List.of(month("2020-01", 145, 22, 1), month("2020-02", 150, 24, 2), month("2020-03", 156, 25, 1),
                        month("2020-04", 162, 27, 1), month("2020-05", 168, 29, 1)),
                0.037,
                new Ratio(781.0 / 2564, 127.0 / 402),
                new Rank(1, 1, 9, 4, 5),
                new Households(236, reidentified, 1052, 180, 180.0 / 236,
                        sharesOf(236, "ILLNESS", "因病", 96, "SCHOOLING", "因学", 40, "DISABILITY", "因残", 31,
                                "DISASTER", "因灾", 22, "INCOME_DROP", "收入骤减", 20, "ACCIDENT", "因意外事故", 15,
                                "UNSAFE_HOUSING", "住房不安全", 8, "NO_SAFE_WATER", "饮水不安全", 4),
                        7),
                // 三(二): of the 60 housing cases, 威宁 28.3 %, 金沙 25 %, 七星关 10 %, 黔西 10 %; 31 about subsidies unpaid
                List.of(new CategoryDetail("HOUSING_SECURITY", "住房保障", 60, 60.0 / CASES,
                        sharesOf(60, "520526", label, 17, "520523", "金沙县", 15, "520502", "七星关区", 6,
                                "520522", "黔西县", 6, "520521", "大方县", 5, "520527", "赫章县", 5, "520525", "纳雍县", 4,
                                "520524", "织金县", 2),
                        sharesOf(60, "FUNDS_DELAYED", "资金兑现不及时", 31, "POLICY_INELIGIBLE", "不符合政策规定仍希望享受政策", 21)),
                        new CategoryDetail("RELOCATION", "易地扶贫搬迁", 18, 18.0 / CASES,
                                sharesOf(18, "520526", label, 8, "520502", "七星关区", 6, "520525", "纳雍县", 4),
                                sharesOf(18, "FUNDS_DELAYED", "资金兑现不及时", 3))),
                // 四: the province took 2,564 calls and transferred 318 cases
                new ParentTotals("52", "贵州省", 2564, 1790, 318),
                List.of(new ReportingGap("520526", label, 4, 0), new ReportingGap("520527", "赫章县", 2, 2)),
                List.of(new LeagueRow("520523", "金沙县", 17, 17, 1.0, 15, 14, 14.0 / 15, 14, 14.0 / 15, 0.9467, 1, 3, 2),
                        new LeagueRow("520502", "七星关区", 19, 18, 18.0 / 19, 17, 14, 14.0 / 17, 13, 13.0 / 17, 0.8063, 2, 1, -1),
                        new LeagueRow("520526", label, 30, 25, 25.0 / 30, 26, 20, 20.0 / 26, 17, 17.0 / 26, 0.7518, 3, 2, -1),
                        new LeagueRow("520572", "百里杜鹃管理区", 0, 0, null, 0, 0, null, 0, null, null, 0, null, null)),
                new Period(LocalDate.of(2019, 8, 1), LocalDate.of(2019, 12, 31)));
    }

    /** A period in which nothing happened: every figure zero, averages and rates undefined. */
    public static Summary anEmptyPeriodInBijie() {
        return new Summary(BIJIE, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28), 0,
                new Calls(0, map("CONSULTATION", 0, "SUGGESTION", 0, "APPEAL", 0, "COMPLAINT", 0, "PRAISE", 0),
                        0, 0, 0),
                shares("520526", "威宁自治县", 0, "520502", "七星关区", 0),
                List.of(), 0, List.of(), List.of(), List.of(), List.of(),
                0, 0, Double.NaN, Map.of(), Map.of(), Map.of(), Map.of(), 0, 0, 0, null, null, 0, 0, 0,
                List.of(month("2021-02", 0, 0, 0)), null, new Ratio(0, 0), new Rank(0, 0, 9, 0, 1),
                new Households(0, 0, 0, 0, null, List.of(), 0), List.of(), new ParentTotals("52", "贵州省", 0, 0, 0),
                List.of(), List.of(), new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31)));
    }

    private static Month month(String month, int calls, int cases, int rank) {
        return new Month(month, calls, cases, rank, rank, new Ratio(0.3, 0.3));
    }

    private static List<Share> shares(Object... codeLabelCount) {
        return sharesOf(CASES, codeLabelCount);
    }

    private static List<Share> sharesOf(int whole, Object... codeLabelCount) {
        List<Share> lines = new ArrayList<>();
        for (int i = 0; i < codeLabelCount.length; i += 3) {
            int count = (Integer) codeLabelCount[i + 2];
            lines.add(new Share((String) codeLabelCount[i], (String) codeLabelCount[i + 1], count,
                    whole == 0 ? 0 : (double) count / whole));
        }
        return lines;
    }

    private static Map<String, Integer> map(Object... keyCount) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < keyCount.length; i += 2) {
            counts.put((String) keyCount[i], (Integer) keyCount[i + 1]);
        }
        return counts;
    }

    /** Shares of the cases counted, as the summary gives them. */
    private static Map<String, Double> fractions(Map<String, Integer> counts) {
        int whole = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((key, count) -> shares.put(key, (double) count / whole));
        return shares;
    }
}
