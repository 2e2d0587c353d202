package cn.huiyin.monitoring.households.risk;

import cn.huiyin.monitoring.households.model.Household;

import java.util.Objects;

/**
 * Whether the household's yearly medical expenditure is a burden under the rules: from the absolute threshold, or
 * above the share of household net income (latest per-capita income × size). Shared by the ILLNESS factor and the
 * clearing rule, so both read the same threshold.
 *
 * @param householdIncome null when no income has been recorded (then only the absolute threshold applies)
 */
public record MedicalBurden(double medical, Double householdIncome, boolean high, String comparison) {

    public static MedicalBurden of(Household household, RiskRules rules) {
        Objects.requireNonNull(rules, "rules");
        double medical = household.expenditure().medical();
        Double income = household.latestIncome().map(latest -> latest.perCapita() * household.size()).orElse(null);
        boolean high = rules.medicalExpenditureHigh(medical, income);
        String comparison = medical >= rules.medicalExpenditureYuan() || income == null
                ? "阈值" + Yuan.of(rules.medicalExpenditureYuan())
                : "家庭纯收入" + Yuan.of(income) + "的" + Yuan.percent(rules.medicalShareOfIncome());
        return new MedicalBurden(medical, income, high, comparison);
    }

    /** "年医疗支出12000元，达到阈值10000元" / "年医疗支出8000元，超过家庭纯收入20000元的30%". */
    public String evidence() {
        String verb = comparison.startsWith("阈值") ? (high ? "达到" : "低于") : (high ? "超过" : "未超过");
        return "年医疗支出" + Yuan.of(medical) + "，" + verb + comparison;
    }
}
