package cn.huiyin.local.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code vault-keys --file data/keys/vault.properties}: writes random vault keys (AES-256 and
 * HMAC-SHA256) for intake and monitoring, once; an existing file is kept, since the data sealed
 * with its keys could not be opened with new ones.
 */
public final class VaultKeysCommand {

    private VaultKeysCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].equals("--file")) {
            System.err.println("usage: vault-keys --file FILE");
            System.exit(2);
        }
        write(Path.of(args[1]));
    }

    /** Writes new keys to {@code file} unless it exists; for ./huiyin and for tests that start services. */
    public static void write(Path file) throws IOException {
        if (Files.exists(file)) {
            OwnerOnlyFiles.narrow(file);
            return;
        }
        OwnerOnlyFiles.create(file, """
                # vault keys of intake-service and monitoring-service on this machine, written by ./huiyin; keep them with the data.
                # Rotation: add huiyin.vault.keys.local2=..., point active-key at it, keep local1 for old values.
                huiyin.vault.keys.local1=%s
                huiyin.vault.active-key=local1
                huiyin.vault.hmac-key=%s
                """.formatted(newKey(), newKey()));
    }

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
