package cn.huiyin.cases.supervision.web;

import static cn.huiyin.cases.cases.web.CaseApiDocs.action;

import cn.huiyin.chassis.web.ApiOperation;

/** The OpenAPI description of each route of {@link SupervisionRouter}, with a valid example of every body. */
final class SupervisionApiDocs {

    private SupervisionApiDocs() {
    }

    static ApiOperation assignment() {
        return action("assignCase", "Transfer a case again, to a county of the city or province (转办)",
                SupervisionRequests.Assignment.class, """
                        {"county": "520527", "leadDepartment": "HOUSING_CONSTRUCTION",
                         "coDepartments": ["ECOLOGICAL_MIGRATION"], "leadOfficial": "王五"}
                        """)
                .description("Only the province hotline centre's supervisors (token role `hotline-supervisor` with "
                        + "the province in `regions`), or the city office (`city-office`) of the city over both "
                        + "the case's county and the new one, transfers a case again (a county cannot hand its case "
                        + "to a neighbour): 403 otherwise. Without a new `deadline` the case keeps its deadline and "
                        + "its due-soon and overdue marks. `deadline` is a day (due at its end, Beijing time) or a "
                        + "date-time with offset, in the future and within a year.");
    }

    static ApiOperation review() {
        return action("reviewCase", "The city approves or returns the county's report (审核)",
                SupervisionRequests.Review.class, """
                        {"decision": "APPROVE", "opinion": "核查属实，处理得当，同意办结。"}
                        """)
                .description("Only the city office (token role `city-office`) of the city over the case's county "
                        + "reviews (市级核查), never the client that made the report: 403 otherwise. `decision`: "
                        + "APPROVE or RETURN; an opinion is required to return a report.");
    }

    static ApiOperation urge() {
        return action("urgeCase", "Urge the county to act on the case (催办)", SupervisionRequests.Urge.class, """
                {"note": "请于三个工作日内反馈核查情况。"}
                """).description("Only supervisors of a higher level urge: the province hotline centre's "
                        + "`hotline-supervisor` or a `leader` of the province, or the `city-office` or a `leader` of "
                        + "the city over the case's county: 403 otherwise.");
    }

    static ApiOperation keyCase() {
        return action("markKeyCase", "A leader takes the case on (领导包案)", SupervisionRequests.KeyCase.class, """
                {"leader": "王五", "leadUnit": "威宁县住房和城乡建设局", "note": "县领导包案督办"}
                """).description("Only supervisors of a higher level name the leader: the province hotline "
                        + "centre's `hotline-supervisor` or a `leader` of the province, or the `city-office` or a "
                        + "`leader` of the city over the case's county: 403 otherwise.");
    }
}
