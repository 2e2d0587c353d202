package cn.huiyin.cases.cases.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;

/** The OpenAPI description of each route of {@link CaseRouter}, with a valid example of every body. */
final class CaseApiDocs {

    static final String QUERIES = "cases 案件查询";
    static final String ACTIONS = "case actions 案件办理";

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
                .answers(200, "one page of cases (without timelines)", CaseQueryHandler.CasePage.class)
                .problems(400, 404);
    }

    static ApiOperation callbacksDue() {
        return ApiOperation.of("listCallbacksDue", "The callback desk's work list: cases whose next callback is due")
                .tag(QUERIES)
                .scope(Scopes.CASES_READ)
                .query("county", "a county, city or province code within the token's regions", "5205")
                .queryNumber("page", "page number from 0", 0)
                .queryNumber("size", "cases per page, 1 to " + CaseQueryHandler.MAX_SIZE, 50)
                .answers(200, "one page of cases, the longest waiting first", CaseQueryHandler.CasePage.class)
                .problems(400, 404);
    }

    static ApiOperation assignment() {
        return action("assignCase", "Transfer a case again, to a county of the city or province (转办)",
                CaseRequests.Assignment.class, """
                        {"county": "520527", "leadDepartment": "HOUSING_CONSTRUCTION",
                         "coDepartments": ["ECOLOGICAL_MIGRATION"], "leadOfficial": "王五"}
                        """)
                .description("Only the province hotline centre's supervisors (token role `hotline-supervisor` with "
                        + "the province in `regions`), or the city office (`city-office`) of the city over both "
                        + "the case's county and the new one, transfers a case again (a county cannot hand its case "
                        + "to a neighbour): 403 otherwise. Without a new "
                        + "`deadline` the case keeps its deadline and its due-soon and overdue marks. `deadline` is a day (due at its end, Beijing time) or "
                        + "a date-time with offset, in the future and within a year.");
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

    static ApiOperation review() {
        return action("reviewCase", "The city approves or returns the county's report (审核)",
                CaseRequests.Review.class, """
                        {"decision": "APPROVE", "opinion": "核查属实，处理得当，同意办结。"}
                        """)
                .description("Only the city office (token role `city-office`) of the city over the case's county "
                        + "reviews (市级核查), never the client that made the report: 403 otherwise. `decision`: APPROVE or RETURN; an opinion is "
                        + "required to return a report.");
    }

    static ApiOperation callback() {
        return ApiOperation.of("recordCallback", "The callback desk records a callback to the citizen (回访)")
                .tag(ACTIONS)
                .description("`result`: SATISFIED, UNSATISFIED or UNREACHABLE, with an `unreachableReason` "
                        + "(POWERED_OFF, NO_ANSWER, OUT_OF_SERVICE, WRONG_NUMBER) only when unreachable. An "
                        + "unsatisfied citizen reopens the case. A try before the case's `nextCallbackAt` (24 h after "
                        + "an unreachable one) is 409 naming when the next is allowed. Phone, ID and bank card numbers "
                        + "in `comment` are stored masked.")
                .scope(Scopes.CALLBACKS_WRITE)
                .pathVariable("caseId", "the case", "5b7e2c1a-9d34-3f6b-8e21-4a0c7d9b1e52")
                .header("If-Match", "the version read (its ETag): the action fails with 409 if the case changed since",
                        "3")
                .body(CaseRequests.Callback.class, """
                        {"result": "SATISFIED", "comment": "补助已到账，群众对处理结果表示满意。"}
                        """)
                .answers(200, "the case after the callback; `ETag` is its new version", CaseViews.CaseView.class)
                .problems(400, 404, 409, 415);
    }

    static ApiOperation urge() {
        return action("urgeCase", "Urge the county to act on the case (催办)", CaseRequests.Urge.class, """
                {"note": "请于三个工作日内反馈核查情况。"}
                """).description("Only supervisors of a higher level urge: the province hotline centre's "
                        + "`hotline-supervisor` or a `leader` of the province, or the `city-office` or a `leader` of "
                        + "the city over the case's county: 403 otherwise.");
    }

    static ApiOperation keyCase() {
        return action("markKeyCase", "A leader takes the case on (领导包案)", CaseRequests.KeyCase.class, """
                {"leader": "王五", "leadUnit": "威宁县住房和城乡建设局", "note": "县领导包案督办"}
                """).description("Only supervisors of a higher level name the leader: the province hotline "
                        + "centre's `hotline-supervisor` or a `leader` of the province, or the `city-office` or a "
                        + "`leader` of the city over the case's county: 403 otherwise.");
    }

    /** A county's or the hotline's action on one case, answered with the case as it is afterwards. */
    private static ApiOperation action(String operationId, String summary, Class<?> body, String example) {
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
