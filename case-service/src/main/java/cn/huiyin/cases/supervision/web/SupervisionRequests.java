package cn.huiyin.cases.supervision.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import cn.huiyin.cases.cases.web.CaseRequests;
import cn.huiyin.events.Department;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The bodies of the supervisory actions (DESIGN.md section 6), as text so every bad value is answered by name; named
 * {@code ...Request} in the OpenAPI document.
 */
final class SupervisionRequests {

    private SupervisionRequests() {
    }

    @Schema(name = "AssignmentRequest")
    record Assignment(
            @Schema(requiredMode = REQUIRED, description = "the county-level unit the case goes to") String county,
            @Schema(implementation = Department.class) String leadDepartment,
            @ArraySchema(schema = @Schema(implementation = Department.class)) List<String> coDepartments,
            @Schema(description = "a day (due at its end, Beijing time) or a date-time with offset") String deadline,
            String leadOfficial) {
    }

    @Schema(name = "ReviewRequest")
    record Review(@Schema(requiredMode = REQUIRED, allowableValues = {"APPROVE", "RETURN"}) String decision,
            @Schema(maxLength = 2000, description = "required to return a report") String opinion,
            @Schema(format = "date-time", description = CaseRequests.AT) String at) {
    }

    @Schema(name = "UrgeRequest")
    record Urge(@Schema(requiredMode = REQUIRED, maxLength = 1000) String note) {
    }

    @Schema(name = "KeyCaseRequest")
    record KeyCase(@Schema(requiredMode = REQUIRED, maxLength = 50) String leader,
            @Schema(requiredMode = REQUIRED, maxLength = 100) String leadUnit,
            @Schema(maxLength = 1000) String note) {
    }
}
