package cn.huiyin.intake.vault.model;

/**
 * What intake keeps and shares about a caller: fingerprints to match repeat callers, the masked
 * phone that events may carry, and the sealed details. Nothing in it is in clear.
 *
 * @param callerRef the pseudonymous reference for events; null for an anonymous caller
 * @param phoneFingerprint null when no phone was given
 * @param idFingerprint null when no ID number was given
 * @param maskedPhone {@code 138****0000}, null when no phone was given
 */
public record SealedCaller(String callerRef, String phoneFingerprint, String idFingerprint, String maskedPhone,
        SealedContact sealed) {
}
