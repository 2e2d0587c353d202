package cn.huiyin.privacy;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's key ring: AES-256 keys by id (one of them active for new values, the others kept
 * so older values still open after a rotation) and a separate HMAC-SHA256 key for fingerprints.
 * Key material never leaves this package and never appears in {@link #toString()}.
 */
public final class VaultKeys {

    static final int KEY_BYTES = 32;
    // the id is written into every sealed value, between ':' separators
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecretKey fingerprintKey;

    private VaultKeys(Map<String, SecretKey> keys, String activeKeyId, SecretKey fingerprintKey) {
        this.keys = Collections.unmodifiableMap(keys);
        this.activeKeyId = activeKeyId;
        this.fingerprintKey = fingerprintKey;
    }

    /**
     * @param keysBase64 AES keys by id, each the base64 of 32 random bytes
     * @param activeKeyId the key that seals new values; may be omitted when there is only one key
     * @param hmacKeyBase64 the fingerprint key, base64 of at least 32 random bytes, unlike any AES key
     */
    public static VaultKeys of(Map<String, String> keysBase64, String activeKeyId, String hmacKeyBase64) {
        if (keysBase64 == null || keysBase64.isEmpty()) {
            throw new IllegalArgumentException("no encryption key is configured");
        }
        Map<String, SecretKey> keys = new TreeMap<>();
        keysBase64.forEach((id, base64) -> {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("key id '" + id + "' must be 1 to 32 letters, digits, '_' or '-'");
            }
            byte[] bytes = decode(base64, "key '" + id + "'");
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("key '" + id + "' must be " + KEY_BYTES
                        + " bytes (AES-256) in base64, but has " + bytes.length + " bytes");
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        String active = activeKeyId == null || activeKeyId.isBlank() ? onlyKeyId(keys) : activeKeyId.strip();
        if (!keys.containsKey(active)) {
            throw new IllegalArgumentException("active key '" + active + "' is not among the configured keys "
                    + keys.keySet());
        }
        if (hmacKeyBase64 == null || hmacKeyBase64.isBlank()) {
            throw new IllegalArgumentException("the HMAC key for caller fingerprints is missing");
        }
        byte[] hmac = decode(hmacKeyBase64, "the HMAC key");
        if (hmac.length < KEY_BYTES) {
            throw new IllegalArgumentException("the HMAC key must be at least " + KEY_BYTES
                    + " bytes in base64, but has " + hmac.length + " bytes");
        }
        // one secret serving both purposes would tie fingerprints to the encryption key's rotation
        if (keys.values().stream().anyMatch(key -> MessageDigest.isEqual(key.getEncoded(), hmac))) {
            throw new IllegalArgumentException("the HMAC key must differ from every encryption key");
        }
        return new VaultKeys(keys, active, new SecretKeySpec(hmac, "HmacSHA256"));
    }

    /** A fresh ring with one key {@code k1}, for tests and local runs. */
    public static VaultKeys generate() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("k1", newKeyBase64());
        return of(keys, "k1", newKeyBase64());
    }

    /** Base64 of 32 random bytes: a value for {@code huiyin.vault.keys.<id>} or {@code huiyin.vault.hmac-key}. */
    public static String newKeyBase64() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String onlyKeyId(Map<String, SecretKey> keys) {
        if (keys.size() != 1) {
            throw new IllegalArgumentException("the active key must be named when there are several keys "
                    + keys.keySet());
        }
        return keys.keySet().iterator().next();
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not valid base64");
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    /** The key a sealed value names, or null when the ring does not hold it. */
    SecretKey key(String keyId) {
        return keys.get(keyId);
    }

    SecretKey fingerprintKey() {
        return fingerprintKey;
    }

    @Override
    public String toString() {
        return "VaultKeys[active=" + activeKeyId + ", keys=" + keys.keySet() + "]";
    }
}
