package cn.huiyin.cases.cases.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Department;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;
import cn.huiyin.events.UnreachableReason;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The bodies of the case actions (DESIGN.md section 6), as text so every bad value is answered by name; named
 * {@code ...Request} in the OpenAPI document, apart from the model's records of the same name.
 */
final class CaseRequests {

    private static final String AT = "when it happened (a date-time with offset), for systems that report "
            + "afterwards; now when absent";

    private CaseRequests() {
    }

    @Schema(name = "AssignmentRequest")
    record Assignment(
            @Schema(requiredMode = REQUIRED, description = "the county-level unit the case goes to") String county,
            @Schema(implementation = Department.class) String leadDepartment,
            @ArraySchema(schema = @Schema(implementation = Department.class)) List<String> coDepartments,
            @Schema(description = "a day (due at its end, Beijing time) or a date-time with offset") String deadline,
            String leadOfficial) {
    }

    @Schema(name = "AcceptanceRequest")
    record Acceptance(@ArraySchema(minItems = 1, maxItems = 20) List<String> investigators,
            @Schema(format = "date-time", description = AT) String at) {
    }

    @Schema(name = "VerificationRequest")
    record Verification(@Schema(requiredMode = REQUIRED, implementation = Substantiation.class) String substantiated,
            @ArraySchema(schema = @Schema(implementation = Nature.class),
                    arraySchema = @Schema(description = "required unless substantiated is NO")) List<String> natures,
            @Schema(maxLength = 4000) String findings,
            @Schema(requiredMode = REQUIRED, implementation = Resolution.class) String resolution,
            @Schema(requiredMode = REQUIRED, implementation = ReportedSatisfaction.class) String reportedSatisfaction,
            Boolean householdAtRisk,
            @Schema(description = "the monitoring-service household of a family at risk") String householdId,
            @Schema(format = "date-time", description = AT) String at) {
    }

    @Schema(name = "ReviewRequest")
    record Review(@Schema(requiredMode = REQUIRED, allowableValues = {"APPROVE", "RETURN"}) String decision,
            @Schema(maxLength = 2000, description = "required to return a report") String opinion,
            @Schema(format = "date-time", description = AT) String at) {
    }

    @Schema(name = "CallbackRequest")
    record Callback(@Schema(requiredMode = REQUIRED, implementation = CallbackResult.class) String result,
            @Schema(implementation = UnreachableReason.class, description = "only when UNREACHABLE")
            String unreachableReason,
            @Schema(maxLength = 2000) String comment,
            @Schema(format = "date-time", description = AT) String at) {
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
