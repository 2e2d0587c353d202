package cn.huiyin.monitoring.households.web;

import cn.huiyin.events.MonitoringType;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.Member;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /api/v1/households/{id}}, as text so that every bad value is named. */
public record HouseholdRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the village or township code")
        String regionCode,
        Head head, List<MemberRequest> members,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = HouseholdStatus.class) String status,
        @Schema(implementation = MonitoringType.class, description = "required while MONITORED")
        String monitoringType, List<IncomeRequest> incomes, Expenditure expenditure, HelperRequest helper,
        Boolean housingSafe, Boolean waterSafe) {

    public record Head(String name, String idNumber) {
    }

    public record MemberRequest(Integer age, Boolean ableToWork, Boolean inSchool,
            @Schema(format = "date") String schoolEnd, Boolean disability,
            @Schema(implementation = Member.Illness.class) String illness) {
    }

    public record IncomeRequest(Integer year, Double perCapita, Double wages, Double production, Double transfers,
            Double property, @Schema(format = "date") String assessedOn) {
    }

    public record Expenditure(Double medical, Double schooling) {
    }

    public record HelperRequest(String name, String unit) {
    }
}
