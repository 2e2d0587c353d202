package cn.huiyin.intake.vault;

import cn.huiyin.intake.vault.application.ContactAudit;
import cn.huiyin.intake.vault.infrastructure.ContactReadStore;
import cn.huiyin.intake.vault.model.ContactVault;
import cn.huiyin.privacy.VaultKeys;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The caller contact vault: keys from {@code huiyin.vault.*}, checked at startup, and the contact-read audit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaultProperties.class)
public class VaultConfiguration {

    static final String HOW_TO = "generate each key with `openssl rand -base64 32` (32 random bytes in base64) and set"
            + " huiyin.vault.keys.k1=<key>, huiyin.vault.active-key=k1 and huiyin.vault.hmac-key=<another key>"
            + " (environment: HUIYIN_VAULT_KEYS_K1, HUIYIN_VAULT_ACTIVE_KEY, HUIYIN_VAULT_HMAC_KEY)";

    /** Fails the startup rather than accepting calls whose contact details could not be sealed. */
    @Bean
    VaultKeys vaultKeys(VaultProperties properties) {
        if (properties.keys() == null || properties.keys().isEmpty()) {
            throw new IllegalStateException("huiyin.vault.keys is empty: the caller contact vault needs at least"
                    + " one AES-256 key; " + HOW_TO);
        }
        try {
            return VaultKeys.of(properties.keys(), properties.activeKey(), properties.hmacKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("huiyin.vault is misconfigured: " + e.getMessage() + "; " + HOW_TO);
        }
    }

    @Bean
    ContactCipher contactCipher(VaultKeys keys) {
        return new ContactCipher(keys);
    }

    @Bean
    Fingerprints fingerprints(VaultKeys keys) {
        return new Fingerprints(keys);
    }

    @Bean
    ContactVault contactVault(ContactCipher cipher, Fingerprints fingerprints, VaultKeys keys) {
        return new ContactVault(cipher, fingerprints, keys);
    }

    @Bean
    ContactAudit contactAudit(ReactiveMongoTemplate mongo, Clock clock) {
        return new ContactAudit(new ContactReadStore(mongo), clock);
    }
}
