package cn.huiyin.reporting.summary.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The analysis report's figures for one region and date range, as {@code GET /api/v1/reports/summary}
 * returns them (DESIGN.md §6 and §7). Cases are counted by the day they were transferred (转办) and
 * calls by the day they were received; shares are fractions of {@link #total} with full precision,
 * and may add up to more than 1 where a case has several categories or departments.
 *
 * @param total                      transferred cases (转办件)
 * @param byRegion                   every child region of {@code region}, zeros included
 * @param topTownships               the ten townships with most cases, ties at the edge included
 * @param townshipsWithCases         townships with at least one case
 * @param fundsDelayedByCategory     cases of nature FUNDS_DELAYED (资金兑现不及时), by category
 * @param substantiationRate         verified cases found substantiated or partly, of verified cases
 * @param reportedSatisfaction       cases by the satisfaction the county reported (latest verification)
 * @param callbackSatisfaction       cases by their callback's outcome: satisfied, unsatisfied, or unreachable after
 *                                   the last allowed attempt; shares are of the cases with an outcome
 * @param callbackRetryPending       cases whose citizen was not reached yet and is to be tried again (待再次回访)
 * @param late                       cases verified after their deadline (迟报)
 * @param missing                    cases past their deadline and still unverified (漏报)
 * @param averageDaysToVerification  from transfer to first verification, over verified cases; null if none
 * @param averageDaysToClose         from transfer to closing, over closed cases; null if none
 * @param reopened                   cases reopened at least once after an unsatisfied callback (回访不满意后重新办理)
 * @param returnedByCity             cases whose report the city's review returned at least once for re-investigation
 *                                   (市级核查退回), counted once the county has reported again
 * @param averageMonthlyGrowth       compound month-over-month growth of calls, first to last month; null if undefined
 * @param shareOfParent              this region's share of its parent's calls and cases; null for the whole country
 * @param rankAmongSiblings          this region's rank among its parent's children; null for the whole country
 * @param categoryDetails            every category with cases: its split by child region and the natures the
 *                                   counties' reports found within it (shares of the category's cases)
 * @param parent                     the parent region's calls and cases over the period; null for a province
 * @param reportingGaps              child regions with late (迟报) or missing (漏报) reports, most first
 * @param leagueTable                the league table (三率) of the region's children, or of a county's siblings
 * @param leagueComparedWith         the period whose ranks the league table's changes are against
 */
public record Summary(
        Scope region,
        LocalDate from,
        LocalDate to,
        int total,
        Calls calls,
        List<Share> byRegion,
        List<Share> topTownships,
        int townshipsWithCases,
        List<Share> byCategory,
        List<Share> byDepartment,
        List<Share> byNature,
        List<Share> fundsDelayedByCategory,
        int verified,
        int substantiated,
        double substantiationRate,
        Map<String, Integer> reportedSatisfaction,
        Map<String, Double> reportedSatisfactionShares,
        Map<String, Integer> callbackSatisfaction,
        Map<String, Double> callbackSatisfactionShares,
        int callbackRetryPending,
        int late,
        int missing,
        Double averageDaysToVerification,
        Double averageDaysToClose,
        int closed,
        int reopened,
        int returnedByCity,
        List<Month> monthly,
        Double averageMonthlyGrowth,
        Ratio shareOfParent,
        Rank rankAmongSiblings,
        Households households,
        List<CategoryDetail> categoryDetails,
        ParentTotals parent,
        List<ReportingGap> reportingGaps,
        List<LeagueRow> leagueTable,
        Period leagueComparedWith) {

    /** The region reported on. {@code level} is PROVINCE, CITY or COUNTY; {@code parent} may be null. */
    public record Scope(String code, String name, String level, Scope parent) {
    }

    /**
     * Calls received. {@code byType} has all five types, zeros included; {@code answered} are
     * consultations and suggestions (and praise) answered on the phone, {@code transferable} appeals
     * and complaints; {@code repeats} calls linked to an earlier call of the same caller.
     */
    public record Calls(int total, Map<String, Integer> byType, int answered, int transferable, int repeats) {
    }

    /** One line of a distribution: {@code share} is {@code count} over the report's case total. */
    public record Share(String code, String label, int count, double share) {
    }

    /**
     * One calendar month of the range: this region's calls and cases, its rank among its siblings
     * by calls ({@code rank}) and by cases ({@code caseRank}), 0 when it has no siblings.
     */
    public record Month(String month, int calls, int cases, int rank, int caseRank, Ratio shareOfParent) {
    }

    /** Fractions of the parent region's calls and cases; 0 when the parent has none. */
    public record Ratio(double calls, double cases) {
    }

    /**
     * Rank among the parent's children (1 = most), ties sharing a rank; {@code siblings} counts
     * the parent's children including this region; {@code monthsFirst} months in which it ranked
     * first by calls, of {@code months} in the range.
     */
    public record Rank(int calls, int cases, int siblings, int monthsFirst, int months) {
    }

    /**
     * Return-to-poverty monitoring (防返贫监测) in the region: households identified in the range (taken into
     * monitoring, the first time or again), {@code reidentified} the part of them taken in again after their risk
     * had been eliminated (返贫再次纳入), households monitored at the range's end, households whose risk was
     * eliminated (cleared) in the range, the clearing rate (eliminations over identifications up to the range's
     * end, null if there were none), identified households by the risk factors they were taken in for (shares of
     * identified), and identifications made later than the limit after the first signal.
     */
    public record Households(int identified, int reidentified, int monitored, int cleared, Double clearingRate,
            List<Share> byRiskFactor, int overdueIdentifications) {
    }

    /** One category's cases: by child region ({@code share} of the category's cases) and by nature found. */
    public record CategoryDetail(String code, String label, int count, double share, List<Share> byRegion,
            List<Share> natures) {
    }

    /** The parent region's calls (consultations among them) and transferred cases over the same period. */
    public record ParentTotals(String code, String name, int calls, int consultations, int cases) {
    }

    /** A child region's late (迟报) and missing (漏报) reports. */
    public record ReportingGap(String code, String name, int late, int missing) {
    }

    /**
     * One member of the league table (三率). Rates are null without a denominator; {@code rank} 0 means unranked (no
     * rate at all); {@code previousRank} and {@code rankChange} (positive: climbed) are null when either is unranked.
     */
    public record LeagueRow(String code, String name, int cases, int responded, Double responseRate, int reached,
            int resolved, Double resolutionRate, int satisfied, Double satisfactionRate, Double composite, int rank,
            Integer previousRank, Integer rankChange) {
    }

    /** A range of days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
