package cn.huiyin.local.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path keys;

    @Test
    void theTokenSigningKeyIsWrittenReadableByItsOwnerOnly() throws Exception {
        JwtKeys.loadOrCreate(keys);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("jwt-private.pem"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(keys.resolve("jwt-private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void theVaultKeysAreWrittenReadableByTheirOwnerOnly() throws Exception {
        Path vault = keys.resolve("vault.properties");
        VaultKeysCommand.write(vault);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(vault))).isEqualTo("rw-------");
        assertThat(Files.readString(vault)).contains("huiyin.vault.keys.local1=");
    }

    @Test
    void aKeyWrittenReadableByOthersBeforeIsNarrowedWhenRead() throws Exception {
        JwtKeys.loadOrCreate(keys);
        Path privateKey = keys.resolve("jwt-private.pem");
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-r--r--"));

        JwtKeys.loadOrCreate(keys);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
    }
}
