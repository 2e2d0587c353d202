package cn.huiyin.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;

/**
 * Keyed hashes that recognise the same caller across calls without storing who it is. A plain
 * hash of a phone number would be reversed by trying all ten billion numbers; HMAC with a secret
 * key is not. Each kind of identifier has its own domain prefix, so a phone and an ID number
 * can never produce the same fingerprint.
 */
public final class Fingerprints {

    private static final String PHONE_DOMAIN = "huiyin/phone/v1\n";
    private static final String ID_DOMAIN = "huiyin/resident-id/v1\n";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final VaultKeys keys;

    public Fingerprints(VaultKeys keys) {
        this.keys = keys;
    }

    /** 43 characters of base64url (the whole HMAC-SHA256), of the normalised number. */
    public String of(PhoneNumber phone) {
        return hmac(PHONE_DOMAIN, phone.normalized());
    }

    public String of(ResidentId id) {
        return hmac(ID_DOMAIN, id.normalized());
    }

    /**
     * The pseudonymous reference events carry: from the ID number when the caller gave one (it
     * identifies a person, while a phone may be shared by a household), else from the phone; null
     * for an anonymous caller.
     */
    public String callerRef(ResidentId idOrNull, PhoneNumber phoneOrNull) {
        if (idOrNull != null) {
            return of(idOrNull);
        }
        return phoneOrNull == null ? null : of(phoneOrNull);
    }

    private String hmac(String domain, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.fingerprintKey());
            return ENCODER.encodeToString(mac.doFinal((domain + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed: " + e.getMessage(), e);
        }
    }
}
