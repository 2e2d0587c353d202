package cn.huiyin.cases.cases.model;

import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.events.CallType;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Department;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;
import cn.huiyin.events.UnreachableReason;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Object mother: an appeal from Weining county (威宁县, 520526) about a delayed housing subsidy, and the case it
 * becomes at each state, on a fixed calendar in Beijing time. The deadline is the one the default rules give an
 * assignment at 2020-03-05T10:00 (25 days, due soon at 80 %), written out so these tests do not depend on the
 * deadline policy.
 */
public final class Cases {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static final String CASE_ID = "case-0001";
    static final String CASE_NUMBER = "HY-2020-000001";
    static final String CALL_ID = "call-0001";
    static final String TRACKING_NUMBER = "5203052020000001";
    public static final String WEINING = "520526";
    static final String HEZHANG = "520527";
    static final String WEINING_TOWNSHIP = "520526101";
    static final String CALLER_REF = "caller-7f3a";

    static final Instant RECEIVED_AT = beijing("2020-03-05T09:30");
    static final Instant ASSIGNED_AT = beijing("2020-03-05T10:00");
    static final Instant ACCEPTED_AT = beijing("2020-03-06T09:00");
    static final Instant VERIFIED_AT = beijing("2020-03-20T16:00");
    static final Instant REVIEWED_AT = beijing("2020-03-22T10:00");
    static final Instant CALLED_BACK_AT = beijing("2020-03-23T15:00");
    static final Instant DUE_SOON_AT = beijing("2020-03-25T21:12");
    static final Instant DUE_AT = beijing("2020-03-31T00:00");

    static final Deadline DEADLINE = new Deadline(ASSIGNED_AT, DUE_AT, DUE_SOON_AT);

    static final Routing HOUSING_IN_WEINING = new Routing(WEINING, Department.HOUSING_CONSTRUCTION,
            List.of(Department.POVERTY_ALLEVIATION, Department.CIVIL_AFFAIRS));
    static final Routing HOUSING_IN_HEZHANG = new Routing(HEZHANG, Department.HOUSING_CONSTRUCTION,
            List.of(Department.NATURAL_RESOURCES));

    static final List<String> TEAM = List.of("王磊", "李娟");
    static final String COUNTY_OFFICER = "weining-officer";
    static final String CITY_REVIEWER = "bijie-reviewer";
    static final String CALLBACK_DESK = "callback-desk-07";

    /** Three attempts, a day apart: the default policy. */
    public static final CallbackPolicy THREE_ATTEMPTS_A_DAY_APART = new CallbackPolicy(3, Duration.ofHours(24));

    private Cases() {
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /** 25 days from {@code start}, due soon after 20: the deadline of a reassigned or reopened case. */
    static Deadline deadlineFrom(Instant start) {
        return new Deadline(start, start.plus(Duration.ofDays(25)), start.plus(Duration.ofDays(20)));
    }

    /** A villager in Weining appeals that the housing renovation subsidy (危房改造补助) has not been paid. */
    static CaseReceived anAppealFromWeining() {
        return new CaseReceived(CALL_ID, TRACKING_NUMBER, RECEIVED_AT, Channel.PHONE, CallType.APPEAL,
                Disposition.TRANSFER, List.of(Category.HOUSING_SECURITY, Category.FINANCE),
                CaseReceived.Classification.byCaller(), WEINING_TOWNSHIP, WEINING_TOWNSHIP, WEINING, "5205", "52",
                CALLER_REF, "138****5678", false, null, "危房改造补助至今未到账");
    }

    /** The appeal just transferred to Weining (已转办). */
    static Case assigned() {
        return Case.open(CASE_ID, CASE_NUMBER, anAppealFromWeining(), HOUSING_IN_WEINING, DEADLINE, ASSIGNED_AT)
                .next();
    }

    /** Weining has accepted the case and named its team (核查中). */
    public static Case investigating() {
        return assigned().accept(TEAM, COUNTY_OFFICER, ACCEPTED_AT).next();
    }

    /** Weining has reported on time and the city must review the report (待审核). */
    static Case reviewPending() {
        return investigating().verify(aSubstantiatedReport(), true, COUNTY_OFFICER, VERIFIED_AT).next();
    }

    /** Weining has reported on time, no review needed: the callback desk is to call (待回访). */
    public static Case callbackPending() {
        return investigating().verify(aSubstantiatedReport(), false, COUNTY_OFFICER, VERIFIED_AT).next();
    }

    /** The citizen said they were satisfied (已办结). */
    static Case closed() {
        return callbackPending().callback(satisfied(), THREE_ATTEMPTS_A_DAY_APART, null, CALLBACK_DESK,
                CALLED_BACK_AT).next();
    }

    /** The subsidy was indeed late; it has now been paid, the citizen told the county they were satisfied. */
    public static Verification.Report aSubstantiatedReport() {
        return new Verification.Report(Substantiation.YES, List.of(Nature.FUNDS_DELAYED, Nature.WORK_ERROR),
                "补助资金因审批延误未及时拨付,现已补发", Resolution.RESOLVED, ReportedSatisfaction.SATISFIED, true,
                "HH-520526101-0042");
    }

    public static CallbackOutcome satisfied() {
        return new CallbackOutcome(CallbackResult.SATISFIED, null, "群众表示满意");
    }

    static CallbackOutcome unsatisfied() {
        return new CallbackOutcome(CallbackResult.UNSATISFIED, null, "补助金额不足");
    }

    public static CallbackOutcome unreachable() {
        return new CallbackOutcome(CallbackResult.UNREACHABLE, UnreachableReason.POWERED_OFF, null);
    }
}
