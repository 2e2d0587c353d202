package cn.huiyin.intake.vault.model;

import cn.huiyin.privacy.PhoneNumber;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.VaultKeys;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.privacy.VaultException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ContactVaultTest {

    private static final String NAME = "王小明";
    private static final String PHONE = "13800000000";
    private static final String ID = "520526198503150019";

    private final String k1 = VaultKeys.newKeyBase64();
    private final String k2 = VaultKeys.newKeyBase64();
    private final String hmac = VaultKeys.newKeyBase64();
    private final ContactVault vault = vaultWith(Map.of("k1", k1), "k1");

    private ContactVault vaultWith(Map<String, String> keyRing, String active) {
        VaultKeys keys = VaultKeys.of(keyRing, active, hmac);
        return new ContactVault(new ContactCipher(keys), new Fingerprints(keys), keys);
    }

    private SealedCaller sealWangXiaoming(ContactVault vault, String callId) {
        return vault.seal(callId, CallerName.parse(NAME), PhoneNumber.parse(PHONE), ResidentId.parse(ID));
    }

    @Test
    void opensTheDetailsItSealed() {
        SealedCaller caller = sealWangXiaoming(vault, "call-1");

        assertThat(vault.open("call-1", caller.sealed())).isEqualTo(new Contact(NAME, PHONE, ID));
    }

    @Test
    void keepsNothingInClear() {
        SealedCaller caller = sealWangXiaoming(vault, "call-1");
        SealedContact sealed = caller.sealed();

        assertThat(caller.maskedPhone()).isEqualTo("138****0000");
        assertThat(caller.callerRef()).isEqualTo(caller.idFingerprint()).isNotEqualTo(caller.phoneFingerprint());
        assertThat(sealed.keyId()).isEqualTo("k1");
        for (String field : new String[] {caller.toString(), sealed.toString(), caller.callerRef(),
                caller.phoneFingerprint(), caller.idFingerprint(), caller.maskedPhone(), sealed.keyId(),
                sealed.name(), sealed.phone(), sealed.idNumber()}) {
            assertThat(field).doesNotContain(NAME, PHONE, ID, ID.substring(6, 14), "小明");
        }
    }

    @Test
    void sealsOnlyTheDetailsTheCallerGave() {
        SealedCaller anonymous = vault.seal("call-2", null, null, null);
        SealedCaller phoneOnly = vault.seal("call-3", null, PhoneNumber.parse(PHONE), null);

        assertThat(anonymous.callerRef()).isNull();
        assertThat(anonymous.sealed()).isEqualTo(new SealedContact("k1", null, null, null));
        assertThat(vault.open("call-2", anonymous.sealed())).isEqualTo(new Contact(null, null, null));
        assertThat(phoneOnly.callerRef()).isEqualTo(phoneOnly.phoneFingerprint());
        assertThat(phoneOnly.idFingerprint()).isNull();
        assertThat(vault.open("call-3", phoneOnly.sealed())).isEqualTo(new Contact(null, PHONE, null));
    }

    @Test
    void givesARepeatCallerTheSameReferenceButFreshCiphertexts() {
        SealedCaller first = sealWangXiaoming(vault, "call-1");
        SealedCaller second = sealWangXiaoming(vault, "call-2");

        assertThat(second.callerRef()).isEqualTo(first.callerRef());
        assertThat(second.sealed().phone()).isNotEqualTo(first.sealed().phone());
    }

    @Test
    void refusesToOpenDetailsForAnotherCallOrSwappedFields() {
        SealedContact sealed = sealWangXiaoming(vault, "call-1").sealed();
        SealedContact swapped = new SealedContact("k1", sealed.name(), sealed.idNumber(), sealed.phone());

        assertThatThrownBy(() -> vault.open("call-2", sealed)).isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> vault.open("call-1", swapped)).isInstanceOf(VaultException.class);
        assertThatIllegalArgumentException().isThrownBy(() -> vault.open(" ", sealed));
    }

    @Test
    void resealsUnderTheActiveKeyAfterARotation() {
        SealedContact underK1 = sealWangXiaoming(vault, "call-1").sealed();
        ContactVault rotated = vaultWith(Map.of("k1", k1, "k2", k2), "k2");

        assertThat(rotated.open("call-1", underK1)).isEqualTo(new Contact(NAME, PHONE, ID));
        assertThat(rotated.needsReseal(underK1)).isTrue();

        SealedContact underK2 = rotated.reseal("call-1", underK1);

        assertThat(underK2.keyId()).isEqualTo("k2");
        assertThat(ContactCipher.keyIdOf(underK2.phone())).isEqualTo("k2");
        assertThat(rotated.needsReseal(underK2)).isFalse();
        assertThat(rotated.reseal("call-1", underK2)).isSameAs(underK2);
        assertThat(vaultWith(Map.of("k2", k2), "k2").open("call-1", underK2)).isEqualTo(new Contact(NAME, PHONE, ID));
    }

    @Test
    void refusesDetailsUnderARetiredKeyThatWasRemovedTooEarly() {
        SealedContact underK1 = sealWangXiaoming(vault, "call-1").sealed();

        assertThatThrownBy(() -> vaultWith(Map.of("k2", k2), "k2").open("call-1", underK1))
                .isInstanceOf(VaultException.class).hasMessageContaining("'k1'");
    }

    @Test
    void printsAContactMasked() {
        Contact contact = new Contact(NAME, PHONE, ID);

        assertThat(contact.toString()).isEqualTo("Contact[name=王**, phone=138****0000, idNumber=520526********0019, "
                + "content=null, address=null]")
                .doesNotContain(PHONE, ID, "小明");
        assertThat(new Contact(null, "0857-1234567", null).toString()).doesNotContain("1234567");
        assertThat(new Contact("王", "garbage-12345678", "garbage")).asString().doesNotContain("garbage");
        assertThat(new Contact(null, null, null, "请打13688574444", "座机0857-8221234")).asString()
                .doesNotContain("13688574444", "8221234").contains("136****4444", "0857****1234");
    }
}
