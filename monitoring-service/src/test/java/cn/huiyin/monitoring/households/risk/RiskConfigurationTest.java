package cn.huiyin.monitoring.households.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.clearing.ClearingConfiguration;
import cn.huiyin.monitoring.clearing.ClearingRules;
import cn.huiyin.monitoring.quality.DataQualityChecks;
import cn.huiyin.monitoring.quality.QualityConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/** Binding {@code huiyin.risk.*} and {@code huiyin.clearing.*} and declaring the rule beans: the only Spring test. */
class RiskConfigurationTest {

    // The example of the package documentation, with the province line and another national year changed.
    private static final String EXAMPLE = """
            huiyin:
              risk:
                version: guizhou-2024-1
                points:
                  ILLNESS: 25
                  UNSAFE_HOUSING: 30
                serious-illness-points: 35
                income-below-line-points: 45
                medical-share-of-income: 0.25
                look-back-days: 180
                levels: { low: 20, medium: 40, high: 70 }
                monitoring-lines:
                  2024: { national: 7300, "52": 7600 }
                  2026: { "[*]": 7800 }
              clearing:
                stable-months: 12
                visit-max-age-months: 2
            """;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(RiskConfiguration.class, ClearingConfiguration.class, QualityConfiguration.class);

    @Test
    void withNothingConfiguredTheBeansUseTheDefaults() {
        runner.run(context -> {
            assertThat(context.getBean(RiskAssessor.class).rules()).isEqualTo(RiskRules.defaults());
            assertThat(context.getBean(ClearingRules.class).stableMonths()).isEqualTo(6);
            assertThat(context.getBean(ClearingRules.class).visitMaxAgeMonths()).isEqualTo(3);
            assertThat(context).hasSingleBean(DataQualityChecks.class);
        });
    }

    @Test
    void bindsTheDocumentedExampleOverTheDefaults() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(yaml(EXAMPLE)))
                .run(context -> {
                    RiskRules rules = context.getBean(RiskRules.class);

                    assertThat(rules.version()).isEqualTo("guizhou-2024-1");
                    assertThat(rules.pointsFor(RiskFactor.UNSAFE_HOUSING)).isEqualTo(30);
                    assertThat(rules.pointsFor(RiskFactor.DISASTER)).isEqualTo(25);
                    assertThat(rules.seriousIllnessPoints()).isEqualTo(35);
                    assertThat(rules.chronicIllnessPoints()).isEqualTo(10);
                    assertThat(rules.incomeBelowLinePoints()).isEqualTo(45);
                    assertThat(rules.medicalShareOfIncome()).isEqualTo(0.25);
                    assertThat(rules.medicalExpenditureYuan()).isEqualTo(10_000);
                    assertThat(rules.lookBackDays()).isEqualTo(180);
                    assertThat(rules.levels()).isEqualTo(new RiskRules.Levels(20, 40, 70));
                    assertThat(rules.monitoringLine().lineFor(2024, "52")).isEqualTo(7_600);
                    assertThat(rules.monitoringLine().lineFor(2024, "11")).isEqualTo(7_300);
                    assertThat(rules.monitoringLine().lineFor(2023, "52")).isEqualTo(7_000);
                    assertThat(rules.monitoringLine().lineFor(2026, "52")).isEqualTo(7_800);
                    assertThat(context.getBean(RiskAssessor.class).rules()).isSameAs(rules);
                    assertThat(context.getBean(ClearingRules.class).stableMonths()).isEqualTo(12);
                    assertThat(context.getBean(ClearingRules.class).visitMaxAgeMonths()).isEqualTo(2);
                });
    }

    @Test
    void invalidSettingsStopTheContextWithTheirMessage() {
        runner.withPropertyValues("huiyin.risk.levels.medium=10")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("risk levels must rise"));
        runner.withPropertyValues("huiyin.risk.monitoring-lines.2024.national=0")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("monitoring line for 2024 / * must be a positive amount"));
        runner.withPropertyValues("huiyin.clearing.visit-max-age-months=0")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("visitMaxAgeMonths must be 1..24"));
    }

    private static PropertySource<?> yaml(String text) {
        try {
            return new YamlPropertySourceLoader()
                    .load("risk-example", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8))).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
