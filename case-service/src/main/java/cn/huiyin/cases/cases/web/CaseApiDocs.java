package cn.huiyin.cases.cases.web;

import cn.huiyin.cases.cases.application.CasePage;
import cn.huiyin.cases.cases.application.CaseViews;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;

/**
 * The OpenAPI description of each route of {@link CaseRouter}, with a valid example of every body, and the tags and
 * description of an action that the other features' actions on a case share.
 */
public final class CaseApiDocs {

    public static final String QUERIES = "cases 案件查询";
    public static final String ACTIONS = "case actions 案件办理";

    private CaseApiDocs() {
    }

    static ApiOperation find() {
        return ApiOperation.of("getCase", "One case with its timeline").tag(QUERIES)
                .description("The `ETag` is the case's version, for `If-Match` on the next action.")
                .scope(Scopes.CASES_READ)
                .pathVariable("caseId", "the case", "5b7e2c1a-9d34-3f6b-8e21-4a0c7d9b1e52")
                .answers(200, "the case and its timeline", CaseViews.CaseView.class)
                .problems(404);
    }

    static ApiOperation byTracking() {
        return ApiOperation.of("getCaseByTrackingNumber", "The case of a tracking number given to the caller")
                .tag(QUERIES)
                .scope(Scopes.CASES_READ)
                .pathVariable("trackingNumber", "the number the hotline gave the caller", "HY520526-20200305-000123")
                .answers(200, "the case and its timeline", CaseViews.CaseView.class)
                .problems(404);
    }

    static ApiOperation list() {
        return ApiOperation.of("listCases", "Cases of the token's regions, soonest deadline first").tag(QUERIES)
                .scope(Scopes.CASES_READ)
                .query("county", "a county, city or province code within the token's regions", "520526")
                .query("state", "states, repeatable: RECEIVED, ASSIGNED, INVESTIGATING, VERIFIED, REVIEW_PENDING, "
                        + "CALLBACK_PENDING, CLOSED, RETURNED, REOPENED", "INVESTIGATING")
                .query("overdue", "true or false", "true")
                .query("dueSoon", "true or false", "false")
                .query("category", "a category such as HOUSING_SECURITY", "HOUSING_SECURITY")
                .query("department", "a lead or co-department such as HOUSING_CONSTRUCTION", "HOUSING_CONSTRUCTION")
                .query("leader", "the leader who took the case on (领导包案)", "王五")
                .queryNumber("page", "page number from 0", 0)
                .queryNumber("size", "cases per page, 1 to " + CaseQueryHandler.MAX_SIZE, 20)
                .answers(200, "one page of cases (without timelines)", CasePage.class)
                .problems(400, 404);
    }

    static ApiOperation acceptance() {
        return action("acceptCase", "The county accepts the case and names its investigators (签收)",
                CaseRequests.Acceptance.class, """
                        {"investigators": ["张三", "李四"]}
                        """)
                .description("`at` (optional, a date-time with offset) dates an act reported afterwards.");
    }

    static ApiOperation verification() {
        return action("verifyCase", "The county reports what it found (核查反馈)", CaseRequests.Verification.class,
                """
                        {"substantiated": "PARTLY", "natures": ["FUNDS_DELAYED"],
                         "findings": "2019年危房改造补助已下达，乡镇未及时兑现，已督促于3月20日前发放到户。",
                         "resolution": "RESOLVED", "reportedSatisfaction": "SATISFIED", "householdAtRisk": false}
                        """)
                .description("`substantiated`: YES, PARTLY or NO; `natures` is required unless NO. `householdId` "
                        + "names the monitoring-service household of a family at risk. `at` (optional) dates an act "
                        + "reported afterwards.");
    }

    /** A county's or the hotline's action on one case, answered with the case as it is afterwards. */
    public static ApiOperation action(String operationId, String summary, Class<?> body, String example) {
        return ApiOperation.of(operationId, summary).tag(ACTIONS)
                .scope(Scopes.CASES_WRITE)
                .pathVariable("caseId", "the case", "5b7e2c1a-9d34-3f6b-8e21-4a0c7d9b1e52")
                .header("If-Match", "the version read (its ETag): the action fails with 409 if the case changed since",
                        "3")
                .body(body, example)
                .answers(200, "the case after the action; `ETag` is its new version", CaseViews.CaseView.class)
                .problems(400, 404, 415)
                .problem(409, "the case's state does not allow this action (the problem names the state), or the "
                        + "If-Match version is stale");
    }
}
