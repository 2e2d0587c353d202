package cn.huiyin.bench.rescore;

import cn.huiyin.privacy.VaultKeys;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The vault keys of a local run, from the {@code huiyin.vault.*} properties {@code ./huiyin up}
 * writes and monitoring-service imports, so generated heads open and match like registered ones.
 */
final class VaultFile {

    private static final String KEYS = "huiyin.vault.keys.";

    private VaultFile() {
    }

    static VaultKeys read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the vault keys in " + file + " (written by ./huiyin up): "
                    + e.getMessage(), e);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith(KEYS))
                .forEach(name -> keys.put(name.substring(KEYS.length()), properties.getProperty(name)));
        return VaultKeys.of(keys, properties.getProperty("huiyin.vault.active-key"),
                properties.getProperty("huiyin.vault.hmac-key"));
    }
}
