package cn.huiyin.monitoring.households.web;

import java.util.List;

/** The body of {@code PUT /api/v1/households/{id}}, as text so that every bad value is named. */
public record HouseholdRequest(String regionCode, Head head, List<MemberRequest> members, String status,
        String monitoringType, List<IncomeRequest> incomes, Expenditure expenditure, HelperRequest helper,
        Boolean housingSafe, Boolean waterSafe) {

    public record Head(String name, String idNumber) {
    }

    public record MemberRequest(Integer age, Boolean ableToWork, Boolean inSchool, String schoolEnd,
            Boolean disability, String illness) {
    }

    public record IncomeRequest(Integer year, Double perCapita, Double wages, Double production, Double transfers,
            Double property, String assessedOn) {
    }

    public record Expenditure(Double medical, Double schooling) {
    }

    public record HelperRequest(String name, String unit) {
    }
}
