package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.Member;
import cn.huiyin.monitoring.households.model.RigidExpenditure;
import cn.huiyin.monitoring.households.model.YearlyIncome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The evidence the household's own register facts give: members, expenditure, incomes, housing and water. */
final class HouseholdFacts {

    private final RiskRules rules;

    HouseholdFacts(RiskRules rules) {
        this.rules = rules;
    }

    List<Evidence> evidence(Household household, LocalDate today) {
        List<Evidence> found = new ArrayList<>();
        illness(household, found);
        schooling(household, today, found);
        disability(household, found);
        incomeDrop(household, found);
        if (!household.housingSafe()) {
            found.add(new Evidence(RiskFactor.UNSAFE_HOUSING, rules.pointsFor(RiskFactor.UNSAFE_HOUSING),
                    "住房安全未保障"));
        }
        if (!household.waterSafe()) {
            found.add(new Evidence(RiskFactor.NO_SAFE_WATER, rules.pointsFor(RiskFactor.NO_SAFE_WATER),
                    "饮水安全未保障"));
        }
        rigidExpenditure(household, found);
        return found;
    }

    /** Household net income: the latest per-capita income times the household's size; empty with no income. */
    static Optional<Double> householdIncome(Household household) {
        return household.latestIncome().map(income -> income.perCapita() * household.size());
    }

    private void illness(Household household, List<Evidence> found) {
        MedicalBurden burden = MedicalBurden.of(household, rules);
        String spent = !burden.high() && burden.medical() > 0 ? "，年医疗支出" + Yuan.of(burden.medical()) : "";
        long serious = count(household, m -> m.illness() == Member.Illness.SERIOUS);
        long chronic = count(household, m -> m.illness() == Member.Illness.CHRONIC);
        if (serious > 0) {
            found.add(new Evidence(RiskFactor.ILLNESS, rules.seriousIllnessPoints(),
                    serious + "名成员患重大疾病" + spent));
            spent = "";
        }
        if (chronic > 0) {
            found.add(new Evidence(RiskFactor.ILLNESS, rules.chronicIllnessPoints(),
                    chronic + "名成员患慢性病" + spent));
        }
        if (burden.high()) {
            found.add(new Evidence(RiskFactor.ILLNESS, rules.pointsFor(RiskFactor.ILLNESS), burden.evidence()));
        }
    }

    private void schooling(Household household, LocalDate today, List<Evidence> found) {
        int inSchool = household.inSchoolOn(today).size();
        double schooling = household.expenditure().schooling();
        // costs of a child who has left school no longer recur, so the expenditure alone is not a risk
        if (inSchool > 0 && schooling >= rules.schoolingExpenditureYuan()) {
            found.add(new Evidence(RiskFactor.SCHOOLING, rules.pointsFor(RiskFactor.SCHOOLING),
                    inSchool + "名成员在校，年教育支出" + Yuan.of(schooling) + "，达到阈值"
                            + Yuan.of(rules.schoolingExpenditureYuan())));
        }
    }

    private void disability(Household household, List<Evidence> found) {
        long disabled = count(household, Member::disability);
        if (disabled > 0) {
            long unable = count(household, m -> m.disability() && !m.ableToWork());
            found.add(new Evidence(RiskFactor.DISABILITY, rules.pointsFor(RiskFactor.DISABILITY),
                    disabled + "名成员残疾" + (unable > 0 ? "（其中" + unable + "名无劳动能力）" : "")));
        }
    }

    private void incomeDrop(Household household, List<Evidence> found) {
        Optional<YearlyIncome> latest = household.latestIncome();
        Optional<YearlyIncome> before = latest.flatMap(income -> household.incomeBefore(income.year()));
        if (latest.isEmpty() || before.isEmpty() || before.get().perCapita() <= 0) {
            return;
        }
        // (before − latest) / before keeps a round fall such as 11,000 → 7,700 exactly at 30 %
        double drop = (before.get().perCapita() - latest.get().perCapita()) / before.get().perCapita();
        if (drop >= rules.incomeDropShare()) {
            found.add(new Evidence(RiskFactor.INCOME_DROP, rules.pointsFor(RiskFactor.INCOME_DROP),
                    "人均纯收入由" + before.get().year() + "年" + Yuan.of(before.get().perCapita()) + "降至"
                            + latest.get().year() + "年" + Yuan.of(latest.get().perCapita()) + "，下降"
                            + Yuan.percent(drop)));
        }
    }

    private void rigidExpenditure(Household household, List<Evidence> found) {
        RigidExpenditure expenditure = household.expenditure();
        Optional<Double> income = householdIncome(household);
        double total = expenditure.total();
        // without any income record the share is unknown; the data-quality and income rules speak to that
        if (income.isEmpty() || total <= 0 || total <= rules.rigidShareOfIncome() * income.get()) {
            return;
        }
        String share = income.get() > 0 ? "（占" + Yuan.percent(total / income.get()) + "）" : "";
        RiskFactor factor = RiskFactor.HIGH_RIGID_EXPENDITURE;
        found.add(new Evidence(factor, rules.pointsFor(factor),
                "年刚性支出" + Yuan.of(total) + "（医疗" + Yuan.of(expenditure.medical()) + "、教育"
                        + Yuan.of(expenditure.schooling()) + "），超过家庭纯收入" + Yuan.of(income.get()) + "的"
                        + Yuan.percent(rules.rigidShareOfIncome()) + share));
    }

    private static long count(Household household, Predicate<Member> which) {
        return household.members().stream().filter(which).count();
    }
}
