package cn.huiyin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VaultKeysTest {

    private final String k1 = VaultKeys.newKeyBase64();
    private final String k2 = VaultKeys.newKeyBase64();
    private final String hmac = VaultKeys.newKeyBase64();

    @Test
    void generatesBase64OfThirtyTwoRandomBytes() {
        assertThat(Base64.getDecoder().decode(VaultKeys.newKeyBase64())).hasSize(32);
        assertThat(VaultKeys.newKeyBase64()).isNotEqualTo(VaultKeys.newKeyBase64());
        assertThat(VaultKeys.generate().activeKeyId()).isEqualTo("k1");
    }

    @Test
    void holdsSeveralKeysWithOneActive() {
        VaultKeys keys = VaultKeys.of(Map.of("k1", k1, "k2", k2), "k2", hmac);

        assertThat(keys.keyIds()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(keys.activeKeyId()).isEqualTo("k2");
        assertThat(keys.activeKey().getEncoded()).isEqualTo(Base64.getDecoder().decode(k2));
        assertThat(keys.key("k9")).isNull();
    }

    @Test
    void takesTheOnlyKeyAsActiveWhenNoneIsNamed() {
        assertThat(VaultKeys.of(Map.of("2024a", k1), null, hmac).activeKeyId()).isEqualTo("2024a");
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k1", k1, "k2", k2), " ", hmac))
                .withMessageContaining("the active key must be named");
    }

    @Test
    void refusesAnActiveKeyThatIsNotConfigured() {
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k1", k1), "k2", hmac))
                .withMessage("active key 'k2' is not among the configured keys [k1]");
    }

    @Test
    void refusesKeysOfTheWrongLength() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k1", short16), "k1", hmac))
                .withMessage("key 'k1' must be 32 bytes (AES-256) in base64, but has 16 bytes");
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k1", k1), "k1", short16))
                .withMessageContaining("the HMAC key must be at least 32 bytes");
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k1", "not base64!"), "k1", hmac))
                .withMessage("key 'k1' is not valid base64");
    }

    @Test
    void refusesAMissingOrReusedHmacKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k1", k1), "k1", null))
                .withMessage("the HMAC key for caller fingerprints is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k1", k1), "k1", k1))
                .withMessage("the HMAC key must differ from every encryption key");
    }

    @Test
    void refusesKeyIdsThatCannotBeWrittenIntoASealedValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of("k:1", k1), "k:1", hmac))
                .withMessageContaining("key id 'k:1'");
        assertThatIllegalArgumentException().isThrownBy(() -> VaultKeys.of(Map.of(), "k1", hmac))
                .withMessage("no encryption key is configured");
    }

    @Test
    void neverPrintsKeyMaterial() {
        VaultKeys keys = VaultKeys.of(Map.of("k1", k1), "k1", hmac);

        assertThat(keys.toString()).isEqualTo("VaultKeys[active=k1, keys=[k1]]").doesNotContain(k1, hmac);
    }
}
