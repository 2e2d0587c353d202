package cn.huiyin.intake.vault.model;

import cn.huiyin.privacy.ContactCipher;

/**
 * A caller's contact details as stored: each value sealed by {@link ContactCipher}, null when the
 * caller did not give it. {@code content} and {@code address} hold the call's text as the caller gave it, sealed
 * only when it carried personal numbers (the call itself keeps the text with them masked). {@code keyId} repeats the key the values were sealed with, so a
 * rotation job can find the documents still under a retired key with one query.
 */
public record SealedContact(String keyId, String name, String phone, String idNumber, String content,
        String address) {

    public SealedContact(String keyId, String name, String phone, String idNumber) {
        this(keyId, name, phone, idNumber, null, null);
    }

    @Override
    public String toString() {
        // ciphertexts are safe to print but only clutter a log line
        return "SealedContact[keyId=" + keyId + ", name=" + present(name) + ", phone=" + present(phone)
                + ", idNumber=" + present(idNumber) + ", content=" + present(content) + ", address="
                + present(address) + "]";
    }

    private static String present(String sealed) {
        return sealed == null ? "absent" : "sealed";
    }
}
