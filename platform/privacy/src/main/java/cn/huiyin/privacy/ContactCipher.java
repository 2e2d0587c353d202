package cn.huiyin.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single values, as compact strings {@code v1:<keyId>:<base64url(iv | ciphertext | tag)>}.
 *
 * <p>Every value is bound to a context such as {@code phone:<callId>} (authenticated, not stored):
 * a ciphertext copied to another field or another call does not open. The key id travels with
 * the value, so values sealed before a key rotation still open with the retired key.
 */
public final class ContactCipher {

    static final String VERSION = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    // a random 96-bit IV per value: NIST allows 2^32 such values per key, far beyond a hotline's volume
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final VaultKeys keys;
    private final SecureRandom random = new SecureRandom();

    public ContactCipher(VaultKeys keys) {
        this.keys = keys;
    }

    /** Seals with the active key; {@code context} names the field and owner, e.g. {@code "phone:" + callId}. */
    public String seal(String plain, String context) {
        if (plain == null) {
            throw new IllegalArgumentException("nothing to seal");
        }
        requireContext(context);
        String header = VERSION + ":" + keys.activeKeyId() + ":";
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.activeKey(), iv, header, context,
                plain.getBytes(StandardCharsets.UTF_8));
        byte[] body = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        return header + ENCODER.encodeToString(body);
    }

    /** Opens with the key the value names, for the same context it was sealed for. */
    public String open(String sealed, String context) {
        requireContext(context);
        String keyId = keyIdOf(sealed);
        SecretKey key = keys.key(keyId);
        if (key == null) {
            throw new VaultException("sealed value names key '" + keyId + "', which is not configured (keys: "
                    + keys.keyIds() + "); a retired key must stay in huiyin.vault.keys until every value is resealed");
        }
        String header = VERSION + ":" + keyId + ":";
        byte[] body;
        try {
            body = DECODER.decode(sealed.substring(header.length()));
        } catch (IllegalArgumentException e) {
            throw new VaultException("sealed value is not valid base64url");
        }
        if (body.length < IV_BYTES + TAG_BITS / 8) {
            throw new VaultException("sealed value is too short");
        }
        byte[] iv = Arrays.copyOfRange(body, 0, IV_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(body, IV_BYTES, body.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, header, context, ciphertext), StandardCharsets.UTF_8);
    }

    /** The id of the key a value was sealed with, without opening it: what a rotation job needs. */
    public static String keyIdOf(String sealed) {
        if (sealed == null) {
            throw new VaultException("no sealed value");
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
            throw new VaultException("sealed value is not in the " + VERSION + ":<keyId>:<data> format");
        }
        return parts[1];
    }

    private static void requireContext(String context) {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("a sealed value must be bound to a context such as \"phone:<callId>\"");
        }
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, String header, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            // the header is authenticated too, so the version and key id cannot be swapped
            cipher.updateAAD((header + context).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new VaultException("sealed value failed authentication: tampered with, or opened for another"
                    + " field or owner than it was sealed for", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed: " + e.getMessage(), e);
        }
    }
}
