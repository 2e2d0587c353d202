package cn.huiyin.cases.cases.web;

import java.util.List;

/** The bodies of the case actions (DESIGN.md section 6), as text so every bad value is answered by name. */
final class CaseRequests {

    private CaseRequests() {
    }

    record Assignment(String county, String leadDepartment, List<String> coDepartments, String deadline,
            String leadOfficial) {
    }

    /** {@code at}: when it happened, for systems that report afterwards; now when absent. */
    record Acceptance(List<String> investigators, String at) {
    }

    record Verification(String substantiated, List<String> natures, String findings, String resolution,
            String reportedSatisfaction, Boolean householdAtRisk, String householdId, String at) {
    }

    record Review(String decision, String opinion, String at) {
    }

    record Callback(String result, String unreachableReason, String comment, String at) {
    }

    record Urge(String note) {
    }

    record KeyCase(String leader, String leadUnit, String note) {
    }
}
