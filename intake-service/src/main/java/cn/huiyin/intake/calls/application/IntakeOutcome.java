package cn.huiyin.intake.calls.application;

/** A call accepted now ({@code created}) or the stored answer to an earlier post of the same call. */
public record IntakeOutcome(boolean created, CallReceipt receipt) {
}
