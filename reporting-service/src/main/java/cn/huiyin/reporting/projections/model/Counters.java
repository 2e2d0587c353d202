package cn.huiyin.reporting.projections.model;

/**
 * Names of the counters that buckets keep. A prefix ending in a colon is followed by a code
 * ({@code cat:HOUSING_SECURITY}, {@code town:520526101}); codes never contain dots or dollars, so
 * the names are safe as MongoDB field names.
 */
public final class Counters {

    public static final String CALLS = "calls";
    public static final String TYPE = "type:";
    public static final String REPEATS = "repeats";

    public static final String CASES = "cases";
    public static final String TOWNSHIP = "town:";
    public static final String CATEGORY = "cat:";
    public static final String DEPARTMENT = "dept:";
    public static final String NATURE = "nature:";
    public static final String FUNDS_DELAYED = "fundsDelayed:";
    /** Cases by category and nature together ({@code catNature:HOUSING_SECURITY:FUNDS_DELAYED}): natures within a category. */
    public static final String CATEGORY_NATURE = "catNature:";
    /** The county responsible accepted the case within the acceptance limit (响应, of the league table's 三率). */
    public static final String RESPONDED = "responded";
    /** The callback reached the citizen (satisfied or not) and the county had reported the case resolved (解决). */
    public static final String RESOLVED_REACHED = "resolvedReached";
    public static final String VERIFIED = "verified";
    public static final String SUBSTANTIATED = "substantiated";
    public static final String REPORTED = "reported:";
    /** The latest callback's outcome: satisfied, unsatisfied, or unreachable after the last allowed attempt. */
    public static final String CALLBACK = "callback:";
    /** Not reached yet, another attempt to come (待再次回访). */
    public static final String CALLBACK_RETRY_PENDING = "callbackRetryPending";
    public static final String LATE = "late";
    public static final String MISSING = "missing";
    /** Reopened after an unsatisfied callback (回访不满意后重新办理). */
    public static final String REOPENED = "reopened";
    /** Returned by the city's review for re-investigation (市级核查退回). */
    public static final String RETURNED_BY_CITY = "returnedByCity";
    public static final String CLOSED = "closed";
    /** Sums of seconds from transfer to first verification and to closing, for the averages. */
    public static final String SECONDS_TO_VERIFY = "secondsToVerify";
    public static final String SECONDS_TO_CLOSE = "secondsToClose";

    /** Households taken into monitoring, the first time or again after an elimination. */
    public static final String IDENTIFIED = "households:identified";
    /** Of those identified, the ones taken in again after their risk had been eliminated (返贫再次纳入). */
    public static final String REIDENTIFIED = "households:reidentified";
    public static final String CLEARED = "households:cleared";
    public static final String IDENTIFIED_LATE = "households:identifiedLate";
    public static final String RISK_FACTOR = "households:factor:";

    private Counters() {
    }
}
