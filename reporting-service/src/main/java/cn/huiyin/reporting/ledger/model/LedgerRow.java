package cn.huiyin.reporting.ledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One case of the ledger (台账), without personal data. Codes are as on the wire; labels are the
 * Chinese labels of the shared vocabularies. Fields not known yet (no verification, no callback)
 * are null.
 *
 * @param received              day the call was received
 * @param transferred           day the case was transferred to the county
 * @param deadline              day the county's report is due
 * @param verified              day of the latest verification
 * @param closed                day the case was closed
 * @param late                  verified after the deadline (迟报)
 * @param missing               past the deadline and unverified (漏报)
 * @param substantiated         YES, PARTLY or NO
 * @param reportedSatisfaction  SATISFIED, BASICALLY_SATISFIED or UNSATISFIED
 * @param callbackSatisfaction  SATISFIED, UNSATISFIED or UNREACHABLE (the latest callback's outcome), or
 *                              {@link #RETRY_PENDING} while an unreachable citizen is still to be tried again
 */
public record LedgerRow(
        String trackingNumber,
        LocalDate received,
        LocalDate transferred,
        String countyCode,
        String countyName,
        String townshipCode,
        String townshipName,
        List<String> categories,
        List<String> departments,
        String state,
        LocalDate deadline,
        LocalDate verified,
        LocalDate closed,
        boolean late,
        boolean missing,
        String substantiated,
        List<String> natures,
        String reportedSatisfaction,
        String callbackSatisfaction,
        int reopenCount) {

    /** The callback column of a case whose citizen was not reached yet and is to be tried again (待再次回访). */
    public static final String RETRY_PENDING = "RETRY_PENDING";
}
