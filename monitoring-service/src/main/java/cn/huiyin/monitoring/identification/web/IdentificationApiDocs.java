package cn.huiyin.monitoring.identification.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.monitoring.households.web.HouseholdApiDocs;
import cn.huiyin.monitoring.households.web.HouseholdView;
import cn.huiyin.monitoring.identification.application.IdentificationQueue;

/** The OpenAPI description of the identification routes: the queue (应纳尽纳) and the decisions on it. */
public final class IdentificationApiDocs {

    static final String TAG = "identification 识别纳入";

    private IdentificationApiDocs() {
    }

    public static ApiOperation unmatchedWarnings() {
        return ApiOperation.of("listUnmatchedWarnings", "Department warnings that found no household yet").tag(TAG)
                .scope(Scopes.HOUSEHOLDS_READ)
                .answersList(200, "the unmatched warnings of the token's regions",
                        IdentificationQueue.UnmatchedSignal.class);
    }

    public static ApiOperation queue() {
        return ApiOperation.of("getIdentificationQueue", "Households waiting for the decision to take them into "
                + "monitoring, and unmatched signals (应纳尽纳)").tag(TAG)
                .description("A household enters the queue when a self-report or a department warning names it, "
                        + "whatever its score, or when it is assessed at MEDIUM or above while not monitored "
                        + "(also after its risk was eliminated); only a decision takes it out. `days` count from "
                        + "the first signal; `overdue` past the identification limit (15 days by default).")
                .scope(Scopes.HOUSEHOLDS_READ)
                .query("region", "a province, city, county or township code within the token's regions", "520526")
                .query("source", "unmatched signals of one source: CALL, VERIFICATION, CALLBACK, SELF_REPORT, "
                        + "DEPARTMENT_WARNING", "DEPARTMENT_WARNING")
                .query("overdue", "`true`: only what waits longer than the limit", "true")
                .answers(200, "the queue, oldest first", IdentificationQueue.Queue.class)
                .problems(400, 404);
    }

    public static ApiOperation decide() {
        return ApiOperation.of("decideIdentification", "Take a household into monitoring, or decide not to "
                + "(纳入监测 / 不予纳入)").tag(TAG)
                .description("`IDENTIFY` with the `monitoringType` and the `reasons` (risk factors) it is taken in "
                        + "for — published as IDENTIFIED, or REIDENTIFIED for a household whose risk had been "
                        + "eliminated; `NOT_IDENTIFY` with the `reason`. Either closes the household's place in the "
                        + "queue. 409 for a household already monitored, or not waiting when declining. Only the county "
                        + "office (token role `county-office`) or a monitoring office (`monitoring-office`) of the "
                        + "household's region decides; any other token is 403.")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .pathVariable("householdId", "the household", HouseholdApiDocs.HOUSEHOLD_ID)
                .body(IdentificationHandler.DecisionRequest.class, """
                        {"decision": "IDENTIFY", "monitoringType": "SUDDEN_HARDSHIP", "reasons": ["ILLNESS"]}
                        """)
                .answers(200, "the household after the decision", HouseholdView.class)
                .problems(400, 403, 404, 409, 415);
    }
}
