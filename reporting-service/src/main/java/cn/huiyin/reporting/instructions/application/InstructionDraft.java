package cn.huiyin.reporting.instructions.application;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/v1/instructions}: a leader's instruction on a bulletin ({@code bulletinId}) or a case
 * ({@code caseId} or {@code trackingNumber}), addressed to county codes and department codes; {@code deadline}
 * defaults to {@code issuedAt} plus the configured follow-up days.
 */
public record InstructionDraft(
        String bulletinId,
        String caseId,
        String trackingNumber,
        String leader,
        String leaderTitle,
        LocalDate issuedAt,
        String text,
        List<String> addressees,
        LocalDate deadline) {
}
