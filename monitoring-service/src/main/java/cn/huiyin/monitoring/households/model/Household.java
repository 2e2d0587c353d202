package cn.huiyin.monitoring.households.model;

import cn.huiyin.events.MonitoringType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A household in the register (DESIGN.md section 2, item 7): its place, head, members, status,
 * incomes, rigid expenditure, helper and housing and water safety — the facts the risk rules read.
 */
public record Household(String householdId, String regionCode, String countyCode, HouseholdHead head,
        List<Member> members, HouseholdStatus status, MonitoringType monitoringType, List<YearlyIncome> incomes,
        RigidExpenditure expenditure, Helper helper, boolean housingSafe, boolean waterSafe, Instant identifiedAt,
        Instant clearedAt) {

    public Household {
        members = List.copyOf(members);
        incomes = incomes.stream().sorted(Comparator.comparingInt(YearlyIncome::year)).toList();
        expenditure = expenditure == null ? RigidExpenditure.NONE : expenditure;
        if (status == HouseholdStatus.MONITORED && monitoringType == null) {
            throw new IllegalArgumentException("a monitored household needs its monitoring type");
        }
    }

    public Optional<YearlyIncome> latestIncome() {
        return incomes.isEmpty() ? Optional.empty() : Optional.of(incomes.get(incomes.size() - 1));
    }

    public Optional<YearlyIncome> incomeBefore(int year) {
        return incomes.stream().filter(i -> i.year() < year).reduce((a, b) -> b);
    }

    public int size() {
        return Math.max(1, members.size());
    }

    /** Members still in school on a day. */
    public List<Member> inSchoolOn(LocalDate day) {
        return members.stream().filter(m -> m.inSchoolOn(day)).toList();
    }
}
