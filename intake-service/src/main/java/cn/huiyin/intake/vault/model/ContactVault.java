package cn.huiyin.intake.vault.model;

import cn.huiyin.privacy.PhoneNumber;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.VaultKeys;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * The caller contact vault: seals a caller's details for one call, opens them for an audited
 * read, and reseals them under the active key after a rotation. Each value is bound to its
 * field and call, so a sealed phone cannot be passed off as another call's or as an ID number.
 */
public final class ContactVault {

    private final ContactCipher cipher;
    private final Fingerprints fingerprints;
    private final VaultKeys keys;

    public ContactVault(ContactCipher cipher, Fingerprints fingerprints, VaultKeys keys) {
        this.cipher = cipher;
        this.fingerprints = fingerprints;
        this.keys = keys;
    }

    /** Any of the details may be null: callers by letter or web often give no phone or no ID number. */
    public SealedCaller seal(String callId, CallerName name, PhoneNumber phone, ResidentId id) {
        return seal(callId, name, phone, id, null, null);
    }

    /**
     * @param content the call's text as given, when it carried personal numbers (the call keeps it masked); else null
     * @param address the same for the address
     */
    public SealedCaller seal(String callId, CallerName name, PhoneNumber phone, ResidentId id, String content,
            String address) {
        requireCallId(callId);
        SealedContact sealed = new SealedContact(keys.activeKeyId(),
                sealOrNull(name == null ? null : name.value(), Field.NAME, callId),
                sealOrNull(phone == null ? null : phone.normalized(), Field.PHONE, callId),
                sealOrNull(id == null ? null : id.normalized(), Field.ID_NUMBER, callId),
                sealOrNull(content, Field.CONTENT, callId),
                sealOrNull(address, Field.ADDRESS, callId));
        return new SealedCaller(fingerprints.callerRef(id, phone),
                phone == null ? null : fingerprints.of(phone),
                id == null ? null : fingerprints.of(id),
                phone == null ? null : phone.masked(),
                sealed);
    }

    /** The details in clear; the caller of this method is responsible for auditing the read. */
    public Contact open(String callId, SealedContact sealed) {
        requireCallId(callId);
        return new Contact(openOrNull(sealed.name(), Field.NAME, callId),
                openOrNull(sealed.phone(), Field.PHONE, callId),
                openOrNull(sealed.idNumber(), Field.ID_NUMBER, callId),
                openOrNull(sealed.content(), Field.CONTENT, callId),
                openOrNull(sealed.address(), Field.ADDRESS, callId));
    }

    /** True when some value is still sealed under a key other than the active one. */
    public boolean needsReseal(SealedContact sealed) {
        String active = keys.activeKeyId();
        return !active.equals(sealed.keyId())
                || Stream.of(sealed.name(), sealed.phone(), sealed.idNumber(), sealed.content(), sealed.address())
                        .filter(Objects::nonNull)
                        .anyMatch(value -> !active.equals(ContactCipher.keyIdOf(value)));
    }

    /** The same details sealed under the active key; returned unchanged when they already are. */
    public SealedContact reseal(String callId, SealedContact old) {
        if (!needsReseal(old)) {
            return old;
        }
        Contact clear = open(callId, old);
        return new SealedContact(keys.activeKeyId(),
                sealOrNull(clear.name(), Field.NAME, callId),
                sealOrNull(clear.phone(), Field.PHONE, callId),
                sealOrNull(clear.idNumber(), Field.ID_NUMBER, callId),
                sealOrNull(clear.content(), Field.CONTENT, callId),
                sealOrNull(clear.address(), Field.ADDRESS, callId));
    }

    private String sealOrNull(String plain, Field field, String callId) {
        return plain == null ? null : cipher.seal(plain, field.context(callId));
    }

    private String openOrNull(String sealed, Field field, String callId) {
        return sealed == null ? null : cipher.open(sealed, field.context(callId));
    }

    private static void requireCallId(String callId) {
        if (callId == null || callId.isBlank()) {
            throw new IllegalArgumentException("a call id is required to seal or open contact details");
        }
    }

    /** The context each value is bound to: its field and the call it belongs to. */
    private enum Field {
        NAME("name"), PHONE("phone"), ID_NUMBER("id"), CONTENT("content"), ADDRESS("address");

        private final String prefix;

        Field(String prefix) {
            this.prefix = prefix;
        }

        String context(String callId) {
            return prefix + ":" + callId;
        }
    }
}
