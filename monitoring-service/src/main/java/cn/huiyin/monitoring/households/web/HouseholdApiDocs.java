package cn.huiyin.monitoring.households.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.monitoring.households.application.Rescoring;

/** The OpenAPI description of the household routes, with a valid example of every body. */
public final class HouseholdApiDocs {

    public static final String TAG = "households 监测户";
    public static final String HOUSEHOLD_ID = "hh-520526211200-0042";

    /** A family of four in 云贵乡, 威宁县: a working couple, a schoolchild, a disabled grandparent. */
    static final String FAMILY = """
            {"regionCode": "520526211200",
             "head": {"name": "王五", "idNumber": "520526197908230047"},
             "members": [{"age": 46, "ableToWork": true}, {"age": 44, "ableToWork": true},
                         {"age": 15, "inSchool": true, "schoolEnd": "2030-07-01"}, {"age": 70, "disability": true}],
             "status": "ALLEVIATED",
             "incomes": [{"year": 2024, "perCapita": 12000, "wages": 30000, "production": 12000, "transfers": 5000,
                          "property": 1000, "assessedOn": "2024-12-20"}],
             "expenditure": {"medical": 2000, "schooling": 3000},
             "helper": {"name": "李帮扶", "unit": "威宁县乡村振兴局"},
             "housingSafe": true, "waterSafe": true}
            """;

    private HouseholdApiDocs() {
    }

    public static ApiOperation put() {
        return ApiOperation.of("putHousehold", "Register a household or replace its record (建档)").tag(TAG)
                .description("The register's facts only. The household is scored again; a change of its risk level "
                        + "is published on `household-risk`, and a level of MEDIUM or above puts a household not "
                        + "monitored in the identification queue. `status`: NORMAL (一般农户) or ALLEVIATED (脱贫户), "
                        + "absent to keep it. Its standing in monitoring (MONITORED, RISK_CLEARED, `monitoringType`) "
                        + "is refused here: it changes only by `POST …/identification` and `POST …/risk-elimination`.")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .pathVariable("householdId", "the household's id: 1-64 letters, digits, '-' or '_'", HOUSEHOLD_ID)
                .body(HouseholdRequest.class, FAMILY)
                .answers(201, "the household was registered", HouseholdView.class)
                .answers(200, "the household's record was replaced", HouseholdView.class)
                .problems(400, 404, 409, 415);
    }

    public static ApiOperation find() {
        return ApiOperation.of("getHousehold", "One household, its head's ID number masked").tag(TAG)
                .scope(Scopes.HOUSEHOLDS_READ)
                .pathVariable("householdId", "the household", HOUSEHOLD_ID)
                .answers(200, "the household", HouseholdView.class)
                .problems(400, 404);
    }

    public static ApiOperation risk() {
        return ApiOperation.of("getHouseholdRisk", "The household's risk scored now: level, factors and why")
                .tag(TAG)
                .scope(Scopes.HOUSEHOLDS_READ)
                .pathVariable("householdId", "the household", HOUSEHOLD_ID)
                .answers(200, "score, level, active factors with their evidence, and the reasons in words",
                        HouseholdHandler.RiskView.class)
                .problems(400, 404);
    }

    public static ApiOperation list() {
        return ApiOperation.of("listHouseholds", "Households of the token's regions").tag(TAG)
                .scope(Scopes.HOUSEHOLDS_READ)
                .query("region", "a province, city, county or township code within the token's regions", "520526")
                .query("status", "ALLEVIATED, MONITORED, RISK_CLEARED...", "MONITORED")
                .query("riskLevel", "LOW, MEDIUM or HIGH", "HIGH")
                .query("riskFactor", "an active risk factor such as ILLNESS", "ILLNESS")
                .query("helper", "the helper's name (帮扶责任人)", "李帮扶")
                .queryNumber("page", "page number from 0", 0)
                .queryNumber("size", "households per page, 1 to 200", 20)
                .answers(200, "one page of households", HouseholdHandler.HouseholdPage.class)
                .problems(400, 404);
    }

    public static ApiOperation income() {
        return ApiOperation.of("recordIncome", "Add or correct one year's income; the household is scored again")
                .tag(TAG)
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .pathVariable("householdId", "the household", HOUSEHOLD_ID)
                .body(HouseholdRequest.IncomeRequest.class, """
                        {"year": 2024, "perCapita": 11800, "wages": 28000, "production": 13000, "transfers": 5200,
                         "property": 1000, "assessedOn": "2025-01-10"}
                        """)
                .answers(200, "the household with the income", HouseholdView.class)
                .problems(400, 404, 409, 415);
    }

    public static ApiOperation rescore() {
        return ApiOperation.of("rescoreHouseholds", "Score every household again, after the rules or a line changed")
                .tag(TAG)
                .description("An administrative act of the province's monitoring office: a token without the "
                        + "role `monitoring-office` and the province among its `regions` is 403 whatever its scopes. A run a restart stopped continues after its "
                        + "last page; `pages` stops after that many pages (the next call continues).")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .queryNumber("pageSize", "households per page, 1 to " + RescoreHandler.MAX_PAGE_SIZE, 1000)
                .queryNumber("pages", "stop after this many pages", 10)
                .answers(200, "how many households were scored and changed level", Rescoring.Result.class)
                .problems(400);
    }
}
