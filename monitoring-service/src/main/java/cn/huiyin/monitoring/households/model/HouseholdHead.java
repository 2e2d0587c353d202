package cn.huiyin.monitoring.households.model;

/**
 * The head of the household without personal data in clear: the keyed fingerprint of the ID number
 * (the same hash intake gives a caller, so calls can be matched), the sealed ID and masked forms.
 */
public record HouseholdHead(String idFingerprint, String sealedIdNumber, String maskedName, String maskedIdNumber) {
}
