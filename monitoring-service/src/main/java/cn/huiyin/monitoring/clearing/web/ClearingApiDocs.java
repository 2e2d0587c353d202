package cn.huiyin.monitoring.clearing.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.monitoring.households.web.HouseholdApiDocs;
import cn.huiyin.monitoring.households.web.HouseholdView;

/** The OpenAPI description of the risk elimination route. */
public final class ClearingApiDocs {

    private ClearingApiDocs() {
    }

    public static ApiOperation eliminate() {
        return ApiOperation.of("eliminateRisk", "Declare the household's risk eliminated (风险消除)")
                .tag("risk elimination 风险消除")
                .description("Refused with 422 while any rule blocks it: today's risk at MEDIUM or above "
                        + "(RISK_ACTIVE), a reason of identification still found (REASON_UNRESOLVED; taken in for "
                        + "schooling with a child still in school: STILL_IN_SCHOOL), income still under the line or "
                        + "not stable, unsafe housing or water, no plan or an unfinished one, no recent visit; "
                        + "`errors[]` names each rule (`field`) and why (`message`). Published as ELIMINATED. Only the "
                        + "county office (`county-office`) or a monitoring office (`monitoring-office`) of the "
                        + "household's region eliminates a risk; any other token is 403.")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .pathVariable("householdId", "the household", HouseholdApiDocs.HOUSEHOLD_ID)
                .body(ClearingHandler.EliminationRequest.class, """
                        {"evidence": "危房改造已完工并入住，夫妻二人在县工业园区稳定务工，2024年人均纯收入1.2万元。"}
                        """)
                .answers(200, "the household, its status RISK_CLEARED", HouseholdView.class)
                .problems(400, 403, 404, 409, 415)
                .problem(422, "rules block the elimination: `errors[]` names each rule and why");
    }
}
