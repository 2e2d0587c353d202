package cn.huiyin.cases.cases.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The bodies of the case actions (DESIGN.md section 6), as text so every bad value is answered by name; named
 * {@code ...Request} in the OpenAPI document, apart from the model's records of the same name.
 */
final class CaseRequests {

    private CaseRequests() {
    }

    @Schema(name = "AssignmentRequest")
    record Assignment(String county, String leadDepartment, List<String> coDepartments, String deadline,
            String leadOfficial) {
    }

    /** {@code at}: when it happened, for systems that report afterwards; now when absent. */
    @Schema(name = "AcceptanceRequest")
    record Acceptance(List<String> investigators, String at) {
    }

    @Schema(name = "VerificationRequest")
    record Verification(String substantiated, List<String> natures, String findings, String resolution,
            String reportedSatisfaction, Boolean householdAtRisk, String householdId, String at) {
    }

    @Schema(name = "ReviewRequest")
    record Review(String decision, String opinion, String at) {
    }

    @Schema(name = "CallbackRequest")
    record Callback(String result, String unreachableReason, String comment, String at) {
    }

    @Schema(name = "UrgeRequest")
    record Urge(String note) {
    }

    @Schema(name = "KeyCaseRequest")
    record KeyCase(String leader, String leadUnit, String note) {
    }
}
