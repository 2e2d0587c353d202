package cn.huiyin.cases.deadlines;

import static cn.huiyin.cases.deadlines.model.China2020.beijing;
import static cn.huiyin.events.Category.DRINKING_WATER;
import static cn.huiyin.events.Category.HOUSING_SECURITY;
import static cn.huiyin.events.Category.MEDICAL_ASSISTANCE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.cases.deadlines.model.China2020;
import cn.huiyin.cases.deadlines.model.DeadlinePolicy;
import cn.huiyin.cases.deadlines.model.DeadlineRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/** Binding {@code huiyin.deadlines.*} and declaring the policy bean. */
class DeadlinePropertiesTest {

    // The example of the package documentation, for the lead to paste into application.yml.
    private static final String EXAMPLE_2020 = """
            huiyin:
              deadlines:
                default-days: 25            # 默认办理时限
                urgent-days: 5              # 紧急件
                category-days:              # the shortest override among a case's categories wins
                  DRINKING_WATER: 15        # 饮水安全: people are without water
                  MEDICAL_ASSISTANCE: 15    # 医疗救助
                  HOUSING_SECURITY: 30      # 住房保障: on-site housing appraisal takes longer
                due-soon-fraction: 0.8      # 临期: 80 % of the time used
                zone: Asia/Shanghai
                working-days: true          # false (default) counts calendar days and ignores the two lists below
                holidays: [
                  2020-01-01,                                                    # 元旦
                  2020-01-24, 2020-01-25, 2020-01-26, 2020-01-27, 2020-01-28,    # 春节 (extended in 2020)
                  2020-01-29, 2020-01-30, 2020-01-31, 2020-02-01, 2020-02-02,
                  2020-04-04, 2020-04-05, 2020-04-06,                            # 清明
                  2020-05-01, 2020-05-02, 2020-05-03, 2020-05-04, 2020-05-05,    # 劳动节
                  2020-06-25, 2020-06-26, 2020-06-27,                            # 端午
                  2020-10-01, 2020-10-02, 2020-10-03, 2020-10-04,                # 国庆 / 中秋
                  2020-10-05, 2020-10-06, 2020-10-07, 2020-10-08 ]
                extra-workdays: [ 2020-01-19, 2020-04-26, 2020-05-09, 2020-06-28, 2020-09-27, 2020-10-10 ]  # 调休
            """;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DeadlinesConfiguration.class);

    @Test
    void withNothingConfiguredGivesTheDefaults() {
        runner.run(context -> {
            DeadlineRules rules = context.getBean(DeadlinePolicy.class).rules();

            assertThat(rules).isEqualTo(DeadlineRules.defaults());
        });
    }

    @Test
    void bindsTheDocumentedYamlExample() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources()
                        .addFirst(yaml(EXAMPLE_2020)))
                .run(context -> {
                    DeadlinePolicy policy = context.getBean(DeadlinePolicy.class);
                    DeadlineRules rules = policy.rules();

                    assertThat(rules.workingDays()).isTrue();
                    assertThat(rules.categoryDays()).containsOnlyKeys(DRINKING_WATER, MEDICAL_ASSISTANCE,
                            HOUSING_SECURITY);
                    assertThat(rules.holidays()).isEqualTo(China2020.HOLIDAYS);
                    assertThat(rules.extraWorkdays()).isEqualTo(China2020.EXTRA_WORKDAYS);
                    assertThat(policy.deadlineFor(beijing("2020-01-20T10:00"), List.of(), false).dueAt())
                            .isEqualTo(beijing("2020-03-04T00:00"));
                });
    }

    @Test
    void bindsFlatPropertiesWithLenientNames() {
        runner.withPropertyValues(
                        "huiyin.deadlines.default-days=20",
                        "huiyin.deadlines.category-days.housing-security=30",
                        "huiyin.deadlines.urgent-days=3",
                        "huiyin.deadlines.holidays=2021-01-01,2021-02-11",
                        "huiyin.deadlines.due-soon-fraction=0.75",
                        "huiyin.deadlines.zone=Asia/Urumqi")
                .run(context -> {
                    DeadlineRules rules = context.getBean(DeadlinePolicy.class).rules();

                    assertThat(rules.defaultDays()).isEqualTo(20);
                    assertThat(rules.categoryDays()).containsExactlyEntriesOf(Map.of(HOUSING_SECURITY, 30));
                    assertThat(rules.urgentDays()).isEqualTo(3);
                    assertThat(rules.holidays()).hasSize(2);
                    assertThat(rules.dueSoonFraction()).isEqualTo(0.75);
                    assertThat(rules.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
                });
    }

    @Test
    void invalidSettingsStopTheContextWithTheirMessage() {
        runner.withPropertyValues("huiyin.deadlines.due-soon-fraction=1.2")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause()
                        .hasMessageContaining("dueSoonFraction must be between 0 and 1"));
    }

    private static PropertySource<?> yaml(String text) {
        try {
            return new YamlPropertySourceLoader()
                    .load("deadlines-example", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)))
                    .get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
