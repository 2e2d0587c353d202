package cn.huiyin.reporting.instructions.application;

/** {@code POST /api/v1/instructions/{id}/answers}: an addressee's answer (办理情况). */
public record AnswerDraft(String addressee, String text) {
}
