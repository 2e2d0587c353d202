package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Published by reporting-service once per leader's instruction (领导批示件) whose follow-up deadline has passed
 * while some addressee has not answered. Keyed by {@code instructionId}. Only ids, region, addressees and dates:
 * neither the leader's words nor anyone's name travel in it.
 *
 * @param regionCode  the province, city or county the instruction concerns (its bulletin's region or its case's county)
 * @param bulletinId  the bulletin (快报) the instruction was written on, else null
 * @param caseId      the case the instruction was written on, else null
 * @param counties    addressed counties (county codes) that have not answered
 * @param departments addressed departments that have not answered
 * @param deadline    the follow-up deadline (a Beijing day, the last day allowed)
 * @param overdueDays whole days past the deadline when detected, at least 1
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstructionOverdue(
        String instructionId,
        String regionCode,
        String bulletinId,
        String caseId,
        List<String> counties,
        List<Department> departments,
        LocalDate deadline,
        int overdueDays,
        Instant detectedAt) {

    public static final String TYPE = "cn.huiyin.instruction.overdue.v1";
    public static final String TOPIC = Topics.INSTRUCTION_OVERDUE;

    private static final Pattern REGION = Pattern.compile("\\d{2}(\\d{2}(\\d{2})?)?");

    public InstructionOverdue {
        Checks.notBlank(instructionId, "instructionId");
        Checks.code(regionCode, REGION, "regionCode");
        bulletinId = bulletinId == null || bulletinId.isBlank() ? null : bulletinId;
        caseId = caseId == null || caseId.isBlank() ? null : caseId;
        counties = Checks.distinct(counties, "counties");
        counties.forEach(county -> Checks.code(county, Checks.COUNTY_CODE, "counties"));
        departments = Checks.distinct(departments, "departments");
        Checks.require(!counties.isEmpty() || !departments.isEmpty(), "an overdue instruction names an addressee");
        Objects.requireNonNull(deadline, "deadline");
        Checks.atLeast(overdueDays, 1, "overdueDays");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
