package cn.huiyin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final String FORMAT = "^[A-Za-z0-9_-]{16,128}$";

    private final VaultKeys keys = VaultKeys.generate();
    private final Fingerprints fingerprints = new Fingerprints(keys);
    private final PhoneNumber phone = PhoneNumber.parse("13800000000");
    private final ResidentId id = ResidentId.parse(ResidentIds.fromWeining());

    @Test
    void givesTheSameFingerprintForTheSameNumberHoweverItWasWritten() {
        assertThat(fingerprints.of(PhoneNumber.parse("+86 138-0000-0000"))).isEqualTo(fingerprints.of(phone))
                .matches(FORMAT);
        assertThat(new Fingerprints(keys).of(id)).isEqualTo(fingerprints.of(id)).matches(FORMAT);
    }

    @Test
    void givesDifferentFingerprintsUnderAnotherKey() {
        Fingerprints other = new Fingerprints(VaultKeys.generate());

        assertThat(other.of(phone)).isNotEqualTo(fingerprints.of(phone));
        assertThat(other.of(id)).isNotEqualTo(fingerprints.of(id));
    }

    @Test
    void dependsOnlyOnTheHmacKeyNotOnTheEncryptionKeys() {
        String hmac = VaultKeys.newKeyBase64();
        Fingerprints before = new Fingerprints(VaultKeys.of(Map.of("k1", VaultKeys.newKeyBase64()), "k1", hmac));
        Fingerprints after = new Fingerprints(VaultKeys.of(Map.of("k2", VaultKeys.newKeyBase64()), "k2", hmac));

        assertThat(after.of(phone)).isEqualTo(before.of(phone));
    }

    @Test
    void separatesPhonesFromIdNumbersAndFromEachOther() {
        assertThat(fingerprints.of(phone)).isNotEqualTo(fingerprints.of(id))
                .isNotEqualTo(fingerprints.of(PhoneNumber.parse("13800000001")));
        assertThat(fingerprints.of(phone)).doesNotContain("13800000000");
    }

    @Test
    void refersToTheCallerByIdNumberWhenGivenElseByPhone() {
        assertThat(fingerprints.callerRef(id, phone)).isEqualTo(fingerprints.of(id));
        assertThat(fingerprints.callerRef(id, null)).isEqualTo(fingerprints.of(id));
        assertThat(fingerprints.callerRef(null, phone)).isEqualTo(fingerprints.of(phone));
        assertThat(fingerprints.callerRef(null, null)).isNull();
    }

    @Test
    void refersToTheSameCallerAlikeAcrossCallsFromAnotherPhone() {
        assertThat(fingerprints.callerRef(id, PhoneNumber.parse("0857-1234567")))
                .isEqualTo(fingerprints.callerRef(id, phone));
    }
}
