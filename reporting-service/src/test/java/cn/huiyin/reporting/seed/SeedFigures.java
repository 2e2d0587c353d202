package cn.huiyin.reporting.seed;

import cn.huiyin.events.Category;
import cn.huiyin.events.Nature;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the seed report (DESIGN.md §7: 毕节市 扶贫专线 分析报告, 2020 上半年) that the generated
 * events must reproduce. Two readings are ours, because the seed does not add up otherwise:
 * <ul>
 *   <li>"consultations 665" are the calls answered on the phone (咨询 and 建议), and the 127 cases
 *       are those transferred in the period: 116 from the period's appeals and complaints (781 = 665 + 116)
 *       and 11 from calls of late December 2019 transferred after New Year.
 *   <li>"first among cities in four of five months": the period is January to May 2020, the months
 *       the half-year report had data for.
 * </ul>
 */
public final class SeedFigures {

    public static final String CITY = "5205";
    public static final String PROVINCE = "52";
    public static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    public static final LocalDate TO = LocalDate.of(2020, 5, 31);

    public static final int CASES = 127;
    public static final int CALLS = 781;
    public static final int PROVINCE_CALLS = 2_564;
    public static final int ANSWERED = 665;
    public static final int TOWNSHIPS_WITH_CASES = 81;
    public static final int CATEGORY_MENTIONS = 134;
    public static final int DEPARTMENT_MENTIONS = 138;

    /** Cases by county, in the seed's order; 百里杜鹃管理区 has none. */
    public static final Map<String, Integer> CASES_BY_COUNTY = ordered(
            "520526", 30, "520502", 19, "520523", 17, "520521", 14, "520581", 13,
            "520527", 13, "520525", 12, "520524", 8, "520571", 1, "520572", 0);

    /** 三(二): of the 60 housing cases, 威宁 28.3 %, 金沙 25 %, 七星关 10 %, 黔西 10 % (the rest not in the seed). */
    public static final Map<String, Integer> HOUSING_BY_COUNTY = ordered(
            "520526", 17, "520523", 15, "520502", 6, "520581", 6, "520521", 5, "520527", 5, "520525", 4, "520524", 2);

    public static final Map<Category, Integer> CASES_BY_CATEGORY = ordered(
            Category.HOUSING_SECURITY, 60, Category.RELOCATION, 18, Category.INFRASTRUCTURE, 15,
            Category.SOCIAL_SECURITY, 12, Category.INDUSTRY, 10, Category.ELIGIBILITY, 10, Category.EDUCATION, 3,
            Category.EMPLOYMENT, 2, Category.MEDICAL_ASSISTANCE, 2, Category.FINANCE, 1, Category.LAND_ACQUISITION, 1);

    public static final Map<Nature, Integer> CASES_BY_NATURE = ordered(
            Nature.FUNDS_DELAYED, 53, Nature.POLICY_INELIGIBLE, 41, Nature.WORK_ERROR, 25,
            Nature.POLICY_NOT_IMPLEMENTED, 9);

    /** Funds not disbursed, by category: the seed names housing 31, industry 9, relocation 3. */
    public static final Map<Category, Integer> FUNDS_DELAYED_NAMED = ordered(
            Category.HOUSING_SECURITY, 31, Category.INDUSTRY, 9, Category.RELOCATION, 3);

    public static final List<Integer> REPORTED_SATISFACTION = List.of(107, 12, 8);
    public static final List<Integer> CALLBACK_SATISFACTION = List.of(99, 18, 10);

    /** The city's calls per month, January to May: 781 in all, growing 3.7% a month on average. */
    public static final List<Integer> MONTHLY_CALLS = List.of(146, 152, 158, 156, 169);

    private SeedFigures() {
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Integer> ordered(Object... pairs) {
        Map<K, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((K) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
