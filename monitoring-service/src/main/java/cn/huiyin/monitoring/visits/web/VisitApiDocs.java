package cn.huiyin.monitoring.visits.web;

import cn.huiyin.monitoring.visits.application.HelperVisits;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.monitoring.households.web.HouseholdApiDocs;

import java.time.LocalDate;

/** The OpenAPI description of the visit routes. */
public final class VisitApiDocs {

    static final String TAG = "visits 走访";

    /** What {@code POST .../visits} answers: the household's last visit (absent before the first) and contact. */
    record VisitDates(LocalDate lastVisit, LocalDate lastContact) {
    }

    private VisitApiDocs() {
    }

    public static ApiOperation record() {
        return ApiOperation.of("recordVisit", "Record a helper's visit or contact with the household").tag(TAG)
                .description("`kind`: VISIT (入户走访) or CONTACT (电话联系); `on` defaults to today and is not in "
                        + "the future.")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .pathVariable("householdId", "the household", HouseholdApiDocs.HOUSEHOLD_ID)
                .body(VisitHandler.VisitRequest.class, """
                        {"kind": "VISIT", "on": "2025-11-20", "helper": "李帮扶", "note": "入户核实务工收入，危房改造已完工"}
                        """)
                .answers(201, "the household's last visit and contact after this one", VisitDates.class)
                .problems(400, 404, 409, 415);
    }

    public static ApiOperation overdue() {
        return ApiOperation.of("listOverdueVisits", "Monitored households not visited within a quarter or "
                + "contacted within a month").tag(TAG)
                .scope(Scopes.HOUSEHOLDS_READ)
                .description("Seed 003's duties: a visit in person a quarter, a contact a month, four visits a year "
                        + "once monitored a year. With `by=helper` or `by=unit` the answer groups the overdue "
                        + "households per helper (帮扶责任人) or per assisting unit (帮扶单位), most overdue first.")
                .query("region", "a province, city, county or township code within the token's regions", "520526")
                .query("by", "group per `helper` or per `unit`; absent, one row per household", "unit")
                .answersList(200, "the overdue households, with why each is overdue",
                        HelperVisits.OverdueVisit.class)
                .problems(400, 404);
    }
}
