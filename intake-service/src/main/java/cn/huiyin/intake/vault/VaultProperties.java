package cn.huiyin.intake.vault;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.vault.*}: the AES-256 keys by id (base64 of 32 random bytes each), the id of the
 * one that seals new values (may be left out when there is only one), and the HMAC key for
 * caller fingerprints. Retired keys stay listed until a rotation job has resealed every value.
 */
@ConfigurationProperties("huiyin.vault")
public record VaultProperties(@DefaultValue Map<String, String> keys, String activeKey, String hmacKey) {

    @Override
    public String toString() {
        // key material must not reach a log line
        return "VaultProperties[keys=" + (keys == null ? "[]" : keys.keySet()) + ", activeKey=" + activeKey
                + ", hmacKey=" + (hmacKey == null ? "absent" : "present") + "]";
    }
}
