package cn.huiyin.monitoring.households;

import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.privacy.VaultKeys;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys that seal household heads' ID numbers and fingerprint them. The fingerprint key must be
 * intake's ({@code huiyin.vault.hmac-key}), or calls would never find the households they concern.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyConfiguration.VaultProperties.class)
class PrivacyConfiguration {

    @ConfigurationProperties("huiyin.vault")
    record VaultProperties(@DefaultValue Map<String, String> keys, String activeKey, String hmacKey) {

        @Override
        public String toString() {
            return "VaultProperties[keys=" + keys.keySet() + ", activeKey=" + activeKey + "]";
        }
    }

    @Bean
    VaultKeys vaultKeys(VaultProperties properties) {
        if (properties.keys().isEmpty()) {
            throw new IllegalStateException("huiyin.vault.keys is empty: monitoring-service seals household heads'"
                    + " ID numbers; give it the same huiyin.vault.* settings as intake-service");
        }
        return VaultKeys.of(properties.keys(), properties.activeKey(), properties.hmacKey());
    }

    @Bean
    Fingerprints fingerprints(VaultKeys keys) {
        return new Fingerprints(keys);
    }

    @Bean
    ContactCipher contactCipher(VaultKeys keys) {
        return new ContactCipher(keys);
    }
}
