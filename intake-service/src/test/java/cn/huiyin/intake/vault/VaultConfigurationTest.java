package cn.huiyin.intake.vault;

import cn.huiyin.intake.vault.application.ContactAudit;
import cn.huiyin.intake.vault.model.ContactVault;
import cn.huiyin.intake.vault.model.SealedCaller;
import cn.huiyin.privacy.PhoneNumber;
import cn.huiyin.privacy.VaultKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

class VaultConfigurationTest {

    private final String k1 = VaultKeys.newKeyBase64();
    private final String k2 = VaultKeys.newKeyBase64();
    private final String hmac = VaultKeys.newKeyBase64();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(VaultConfiguration.class)
            .withBean(ReactiveMongoTemplate.class, () -> mock(ReactiveMongoTemplate.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void refusesToStartWithoutKeysAndSaysHowToMakeOne() {
        runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessageStartingWith("huiyin.vault.keys is empty: ")
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageContaining("huiyin.vault.hmac-key"));
    }

    @Test
    void refusesToStartWithAnActiveKeyThatIsNotConfigured() {
        runner.withPropertyValues("huiyin.vault.keys.k1=" + k1, "huiyin.vault.active-key=k2",
                        "huiyin.vault.hmac-key=" + hmac)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("active key 'k2' is not among the configured keys [k1]")
                        .hasMessageNotContaining(k1));
    }

    @Test
    void sealsWithTheConfiguredActiveKey() {
        runner.withPropertyValues("huiyin.vault.keys.k1=" + k1, "huiyin.vault.keys.k2=" + k2,
                        "huiyin.vault.active-key=k2", "huiyin.vault.hmac-key=" + hmac)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ContactAudit.class);
                    ContactVault vault = context.getBean(ContactVault.class);
                    SealedCaller caller = vault.seal("call-1", null, PhoneNumber.parse("13800000000"), null);

                    assertThat(caller.sealed().keyId()).isEqualTo("k2");
                    assertThat(vault.open("call-1", caller.sealed()).phone()).isEqualTo("13800000000");
                    assertThat(context.getBean(VaultProperties.class).toString()).doesNotContain(k1, k2, hmac);
                });
    }
}
