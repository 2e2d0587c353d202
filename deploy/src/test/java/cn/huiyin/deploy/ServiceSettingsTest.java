package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The matcher behind ServiceEnvironmentTest: it must accept what Spring binds and refuse a typo. */
class ServiceSettingsTest {

    private final ServiceSettings settings = new ServiceSettings(
            Set.of("spring.mongodb.uri", "spring.kafka.bootstrap-servers", "huiyin.vault.active-key"),
            Set.of("huiyin.vault.keys"));

    @Test
    void matchesAVariableToThePropertySpringBindsItTo() {
        assertThat(settings.reads("SPRING_MONGODB_URI")).isTrue();
        assertThat(settings.reads("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isTrue();
        assertThat(settings.reads("SPRING_KAFKA_BOOTSTRAPSERVERS")).isTrue();
        assertThat(settings.reads("HUIYIN_VAULT_ACTIVE_KEY")).isTrue();
    }

    @Test
    void refusesATypo() {
        assertThat(settings.reads("SPRING_MONGODB_URL")).isFalse();
        assertThat(settings.reads("SPRING_MONGO_URI")).isFalse();
        assertThat(settings.reads("SPRING_KAFKA_BOOTSTRAP_SERVER")).isFalse();
        assertThat(settings.reads("HUIYIN_VAULT_ACTIVE")).isFalse();
        assertThat(settings.reads("SPRING_KAFKABOOTSTRAP_SERVERS")).as("Spring would not bind it either").isFalse();
    }

    @Test
    void acceptsAnyKeyOfAMapPropertyButOnlyAfterAnUnderscore() {
        assertThat(settings.reads("HUIYIN_VAULT_KEYS_K1")).isTrue();
        assertThat(settings.reads("HUIYIN_VAULT_KEYS_K2")).isTrue();
        assertThat(settings.reads("HUIYIN_VAULT_KEYSK1")).isFalse();
        assertThat(settings.reads("HUIYIN_VAULTKEYS_K1")).isFalse();
    }

    @Test
    void acceptsTheJvmsOwnVariables() {
        assertThat(settings.reads("JAVA_TOOL_OPTIONS")).isTrue();
    }

    @Test
    void readsWhatIntakeServiceReallyReadsAndNotATypo() {
        ServiceSettings intake = ServiceSettings.of(HuiyinService.named("intake-service"));

        assertThat(intake.reads("SERVER_PORT")).as("server.port, from Boot's metadata").isTrue();
        assertThat(intake.reads("SPRING_CLOUD_STREAM_KAFKA_BINDER_REPLICATION_FACTOR")).as("the binder's metadata").isTrue();
        assertThat(intake.reads("SPRING_MONGODB_DATABASE")).as("application.yml").isTrue();
        assertThat(intake.reads("HUIYIN_CLASSIFICATION_RULES")).as("an @Value placeholder").isTrue();
        assertThat(intake.reads("HUIYIN_REGIONS_FUNCTIONAL_AREAS")).as("the chassis's @Value").isTrue();
        assertThat(intake.reads("HUIYIN_VAULT_HMAC_KEY")).as("a @ConfigurationProperties record").isTrue();
        assertThat(intake.reads("HUIYIN_VAULT_KEYS_K7")).as("its Map component").isTrue();

        assertThat(intake.reads("SPRING_MONGODB_URL")).isFalse();
        assertThat(intake.reads("HUIYIN_VAULT_HMACKEYS")).isFalse();
        assertThat(intake.reads("HUIYIN_VAULT_SECRET")).isFalse();
    }

    @Test
    void aServiceDoesNotReadAnotherServicesSettings() {
        ServiceSettings cases = ServiceSettings.of(HuiyinService.named("case-service"));

        assertThat(cases.reads("HUIYIN_DEADLINES_DEFAULT_DAYS")).isTrue();
        assertThat(cases.reads("HUIYIN_VAULT_HMAC_KEY")).as("only intake and monitoring have a vault").isFalse();
    }
}
