package cn.huiyin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContactCipherTest {

    private static final String PHONE = "13800000000";
    private static final String CONTEXT = "phone:call-1";

    private final String k1 = VaultKeys.newKeyBase64();
    private final String k2 = VaultKeys.newKeyBase64();
    private final String hmac = VaultKeys.newKeyBase64();
    private final ContactCipher cipher = new ContactCipher(VaultKeys.of(Map.of("k1", k1), "k1", hmac));

    @Test
    void opensWhatItSealed() {
        String sealed = cipher.seal("王小明 13800000000 𠮷", CONTEXT);

        assertThat(cipher.open(sealed, CONTEXT)).isEqualTo("王小明 13800000000 𠮷");
    }

    @Test
    void writesAVersionedCompactString() {
        String sealed = cipher.seal(PHONE, CONTEXT);

        // 12 bytes of IV, 11 of ciphertext and 16 of tag: 39 bytes, 52 characters of base64url
        assertThat(sealed).matches("v1:k1:[A-Za-z0-9_-]{52}").doesNotContain(PHONE);
        assertThat(ContactCipher.keyIdOf(sealed)).isEqualTo("k1");
    }

    @Test
    void sealsTheSameValueDifferentlyEachTime() {
        assertThat(cipher.seal(PHONE, CONTEXT)).isNotEqualTo(cipher.seal(PHONE, CONTEXT));
    }

    @Test
    void refusesATamperedValue() {
        String sealed = cipher.seal(PHONE, CONTEXT);
        byte[] body = Base64.getUrlDecoder().decode(sealed.substring("v1:k1:".length()));
        body[body.length - 20] ^= 1;
        String tampered = "v1:k1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(body);

        assertThatThrownBy(() -> cipher.open(tampered, CONTEXT)).isInstanceOf(VaultException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void refusesAValueOpenedForAnotherFieldOrOwner() {
        String sealed = cipher.seal(PHONE, CONTEXT);

        assertThatThrownBy(() -> cipher.open(sealed, "phone:call-2")).isInstanceOf(VaultException.class)
                .hasMessageContaining("another field or owner");
        assertThatThrownBy(() -> cipher.open(sealed, "id:call-1")).isInstanceOf(VaultException.class);
    }

    @Test
    void opensValuesSealedBeforeARotationAndSealsNewOnesWithTheActiveKey() {
        String beforeRotation = cipher.seal(PHONE, CONTEXT);
        ContactCipher rotated = new ContactCipher(VaultKeys.of(Map.of("k1", k1, "k2", k2), "k2", hmac));

        assertThat(rotated.open(beforeRotation, CONTEXT)).isEqualTo(PHONE);
        assertThat(ContactCipher.keyIdOf(rotated.seal(PHONE, CONTEXT))).isEqualTo("k2");
    }

    @Test
    void refusesAValueUnderAKeyThatIsNoLongerConfigured() {
        String sealed = cipher.seal(PHONE, CONTEXT);
        ContactCipher withoutK1 = new ContactCipher(VaultKeys.of(Map.of("k2", k2), "k2", hmac));

        assertThatThrownBy(() -> withoutK1.open(sealed, CONTEXT)).isInstanceOf(VaultException.class)
                .hasMessageContaining("names key 'k1', which is not configured");
    }

    @Test
    void refusesAValueUnderAnotherKeyWithTheSameId() {
        String sealed = cipher.seal(PHONE, CONTEXT);
        ContactCipher other = new ContactCipher(VaultKeys.of(Map.of("k1", k2), "k1", hmac));

        assertThatThrownBy(() -> other.open(sealed, CONTEXT)).isInstanceOf(VaultException.class);
    }

    @Test
    void refusesMalformedValues() {
        for (String malformed : new String[] {"", "13800000000", "v2:k1:AAAA", "v1::AAAA", "v1:k1:%%%", "v1:k1:AAAA"}) {
            assertThatThrownBy(() -> cipher.open(malformed, CONTEXT)).as(malformed).isInstanceOf(VaultException.class)
                    .hasMessageNotContaining(PHONE);
        }
    }

    @Test
    void requiresAContext() {
        assertThatIllegalArgumentException().isThrownBy(() -> cipher.seal(PHONE, " "));
        assertThatIllegalArgumentException().isThrownBy(() -> cipher.open(cipher.seal(PHONE, CONTEXT), null));
    }
}
