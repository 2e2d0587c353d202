package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.CaseAccepted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseIds;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Department;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.Nature;
import cn.huiyin.events.OverdueStage;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;
import cn.huiyin.events.UnreachableReason;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A housing appeal from 威宁 received on 2019-12-30 and transferred on 2020-01-02, with its case events. */
public final class Cases {

    public static final String CALL = "call-1";
    /** As case-service derives it, so its events are keyed as case-service keys them. */
    public static final String CASE = CaseIds.of(CALL);
    public static final String WEINING = "520526";
    public static final String HEZHANG = "520527";
    public static final String TOWNSHIP = "520526101";
    public static final Instant RECEIVED = Instant.parse("2019-12-30T02:00:00Z");
    public static final Instant TRANSFERRED = Instant.parse("2020-01-02T01:00:00Z");
    public static final Instant DEADLINE = TRANSFERRED.plus(Duration.ofDays(25));
    public static final List<Category> CATEGORIES = List.of(Category.HOUSING_SECURITY, Category.INDUSTRY);

    private Cases() {
    }

    public static CaseReceived received() {
        return received(CALL);
    }

    /** Another appeal on the same day, in the same township. */
    public static CaseReceived received(String callId) {
        return received(callId, CallType.APPEAL, Disposition.TRANSFER);
    }

    public static CaseReceived received(String callId, CallType type, Disposition disposition) {
        String tracking = CALL.equals(callId) ? "HY520526-20191230-000001"
                : String.format("HY520526-20191230-%06d", Math.floorMod(callId.hashCode(), 1_000_000));
        return new CaseReceived(callId, tracking,
                RECEIVED, Channel.PHONE, type, disposition, CATEGORIES, CaseReceived.Classification.byCaller(), TOWNSHIP, TOWNSHIP, WEINING,
                "5205", "52", "caller-ref-0000000001", null, false, null, "危房改造补助未兑现");
    }

    public static CaseAssigned assigned(String county, Instant at) {
        return new CaseAssigned(CASE, CALL, "HY520526-20191230-000001", county, Department.HOUSING_CONSTRUCTION,
                List.of(Department.AGRICULTURE), at.plus(Duration.ofDays(25)), null, at, !at.equals(TRANSFERRED));
    }

    public static CaseVerified verified(Instant at, ReportedSatisfaction satisfaction) {
        return verified(at, satisfaction, 0, 0);
    }

    /**
     * A report after {@code reopenCount} reopenings, {@code returnCount} of them the city's returns (null: as a
     * producer older than that field published it).
     */
    public static CaseVerified verified(Instant at, ReportedSatisfaction satisfaction, int reopenCount,
            Integer returnCount) {
        return new CaseVerified(CASE, CALL, "HY520526-20191230-000001", TOWNSHIP, WEINING, CATEGORIES,
                Department.HOUSING_CONSTRUCTION, List.of(Department.AGRICULTURE), Substantiation.YES,
                List.of(Nature.FUNDS_DELAYED), "补助已兑现", Resolution.RESOLVED, satisfaction, false, null,
                "caller-ref-0000000001", TRANSFERRED, DEADLINE, at, at.isAfter(DEADLINE), reopenCount, returnCount);
    }

    public static CallbackCompleted callback(int attempt, CallbackResult result, Instant at, boolean closes) {
        return new CallbackCompleted(CASE, CALL, "HY520526-20191230-000001", TOWNSHIP, WEINING, CATEGORIES, result,
                result == CallbackResult.UNREACHABLE ? UnreachableReason.NO_ANSWER : null, attempt, closes,
                result == CallbackResult.UNSATISFIED, at, "caller-ref-0000000001");
    }

    /** The county accepts the assignment made at {@code assignedAt} (签收). */
    public static CaseAccepted accepted(String county, Instant assignedAt, Instant at) {
        return new CaseAccepted(CASE, CALL, "HY520526-20191230-000001", county, assignedAt, at);
    }

    public static CaseOverdue overdue() {
        return new CaseOverdue(CASE, "HY520526-20191230-000001", WEINING, OverdueStage.OVERDUE, DEADLINE,
                DEADLINE.plusSeconds(60), CALL);
    }
}
