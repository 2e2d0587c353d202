package cn.huiyin.monitoring.plans.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.monitoring.households.web.HouseholdApiDocs;
import cn.huiyin.monitoring.households.web.HouseholdView;

/** The OpenAPI description of the assistance plan route. */
public final class PlanApiDocs {

    private PlanApiDocs() {
    }

    public static ApiOperation plan() {
        return ApiOperation.of("putAssistancePlan", "Set the household's assistance plan (帮扶计划)")
                .tag("plans 帮扶计划")
                .description("Every active risk factor needs a measure that addresses it (HOUSING for unsafe "
                        + "housing, EMPLOYMENT or INDUSTRY for an income drop...), else 422 naming each.")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .pathVariable("householdId", "the household", HouseholdApiDocs.HOUSEHOLD_ID)
                .body(PlanHandler.PlanRequest.class, """
                        {"measures": [
                          {"type": "HOUSING", "description": "危房改造，补助3.5万元", "owner": "威宁县住建局",
                           "due": "2027-06-30", "status": "PLANNED"},
                          {"type": "EMPLOYMENT", "description": "推荐到县工业园区务工", "owner": "威宁县人社局",
                           "status": "IN_PROGRESS"}]}
                        """)
                .answers(200, "the household with its plan", HouseholdView.class)
                .problems(400, 404, 409, 415)
                .problem(422, "an active risk factor has no measure: `errors[]` names each");
    }
}
