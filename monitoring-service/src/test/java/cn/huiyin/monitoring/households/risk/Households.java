package cn.huiyin.monitoring.households.risk;

import cn.huiyin.events.MonitoringType;
import cn.huiyin.monitoring.households.model.Helper;
import cn.huiyin.monitoring.households.model.Household;
import cn.huiyin.monitoring.households.model.HouseholdHead;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.Member;
import cn.huiyin.monitoring.households.model.RigidExpenditure;
import cn.huiyin.monitoring.households.model.YearlyIncome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Households of the rule tests: a family of four in 威宁 (Guizhou, province 52) whose facts each test changes one at
 * a time. Figures are in yuan; the rules' 2024 monitoring line is 7,300 yuan per person.
 */
public final class Households {

    /** The day the tests assess on. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    public static final String WEINING_VILLAGE = "520526100201";
    public static final String WEINING = "520526";

    private Households() {
    }

    /** Two working parents, a grown son and a grandmother; income well above the line, nothing unsafe. */
    public static Builder aSteadyFamily() {
        return new Builder();
    }

    public static Household aSteadyFamilyFromWeining() {
        return aSteadyFamily().build();
    }

    /** Monitored because the father is seriously ill: 12,000 yuan of medical costs, income under the line. */
    public static Builder aMonitoredFamily() {
        return aSteadyFamily().monitored(MonitoringType.UNSTABLE_ALLEVIATED)
                .members(adult(46), adult(44), adult(19), seriouslyIll(71))
                .incomes(income(2023, 5_000, LocalDate.of(2023, 12, 15)),
                        income(2024, 5_200, LocalDate.of(2024, 12, 10)))
                .expenditure(12_000, 0);
    }

    public static Household aMonitoredFamilyFromWeining() {
        return aMonitoredFamily().build();
    }

    /** Monitored, but every risk is gone: income above the line since the end of 2023, nothing unsafe. */
    public static Builder aFamilyReadyToClear() {
        return aSteadyFamily().monitored(MonitoringType.EDGE_OF_POVERTY);
    }

    public static Member adult(int age) {
        return new Member(age, true, false, null, false, Member.Illness.NONE);
    }

    public static Member seriouslyIll(int age) {
        return new Member(age, false, false, null, false, Member.Illness.SERIOUS);
    }

    public static Member chronicallyIll(int age) {
        return new Member(age, true, false, null, false, Member.Illness.CHRONIC);
    }

    public static Member disabled(int age, boolean ableToWork) {
        return new Member(age, ableToWork, false, null, true, Member.Illness.NONE);
    }

    public static Member pupil(int age, LocalDate schoolEnd) {
        return new Member(age, false, true, schoolEnd, false, Member.Illness.NONE);
    }

    /** A year's income with its items adding up to per-capita × 4 in proportion, assessed on a day. */
    public static YearlyIncome income(int year, double perCapita, LocalDate assessedOn) {
        return new YearlyIncome(year, perCapita, perCapita * 4 * 0.7, perCapita * 4 * 0.2, perCapita * 4 * 0.1, 0,
                assessedOn);
    }

    public static final class Builder {
        private String householdId = "hh-weining-001";
        private String regionCode = WEINING_VILLAGE;
        private String countyCode = WEINING;
        private List<Member> members = List.of(adult(46), adult(44), adult(19), new Member(71, false, false, null,
                false, Member.Illness.NONE));
        private HouseholdStatus status = HouseholdStatus.ALLEVIATED;
        private MonitoringType monitoringType;
        private List<YearlyIncome> incomes = List.of(income(2023, 8_400, LocalDate.of(2023, 12, 15)),
                income(2024, 9_100, LocalDate.of(2024, 12, 10)));
        private RigidExpenditure expenditure = new RigidExpenditure(1_200, 0);
        private boolean housingSafe = true;
        private boolean waterSafe = true;

        public Builder id(String householdId) {
            this.householdId = householdId;
            return this;
        }

        public Builder region(String regionCode) {
            this.regionCode = regionCode;
            this.countyCode = regionCode.length() >= 6 ? regionCode.substring(0, 6) : regionCode;
            return this;
        }

        public Builder members(Member... members) {
            this.members = List.of(members);
            return this;
        }

        /** Adds a member to those already there. */
        public Builder with(Member member) {
            List<Member> more = new ArrayList<>(members);
            more.add(member);
            this.members = more;
            return this;
        }

        public Builder status(HouseholdStatus status) {
            this.status = status;
            return this;
        }

        public Builder monitored(MonitoringType type) {
            this.status = HouseholdStatus.MONITORED;
            this.monitoringType = type;
            return this;
        }

        public Builder incomes(YearlyIncome... incomes) {
            this.incomes = List.of(incomes);
            return this;
        }

        public Builder expenditure(double medical, double schooling) {
            this.expenditure = new RigidExpenditure(medical, schooling);
            return this;
        }

        public Builder housingUnsafe() {
            this.housingSafe = false;
            return this;
        }

        public Builder waterUnsafe() {
            this.waterSafe = false;
            return this;
        }

        public Household build() {
            return new Household(householdId, regionCode, countyCode,
                    new HouseholdHead("fp-0001", "sealed-0001", "张*", "520526********0011"), members, status,
                    monitoringType, incomes, expenditure, new Helper("李**", "威宁县乡村振兴局"), housingSafe, waterSafe,
                    status == HouseholdStatus.MONITORED ? Instant.parse("2024-03-01T02:00:00Z") : null, null);
        }
    }
}
