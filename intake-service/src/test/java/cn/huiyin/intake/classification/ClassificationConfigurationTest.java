package cn.huiyin.intake.classification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.Department;
import cn.huiyin.intake.classification.infrastructure.RulesFile;
import cn.huiyin.intake.classification.model.CallClassifier;
import cn.huiyin.intake.classification.model.ClassificationResult;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassificationConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClassificationConfiguration.class);

    @Test
    void classifiesWithTheBundledRulesByDefault() {
        context.run(started -> assertThat(started.getBean(CallClassifier.class).rulesVersion())
                .isEqualTo(RulesFile.bundled().version()));
    }

    @Test
    void classifiesWithTheRulesFileNamedInTheConfiguration() {
        context.withPropertyValues("huiyin.classification.rules=classpath:classification/rules-override.json")
                .run(started -> {
                    ClassificationResult result = started.getBean(CallClassifier.class).classify("家里没有电");
                    assertThat(result.rulesVersion()).isEqualTo("test-override.1");
                    assertThat(result.departmentHints()).containsExactly(Department.POWER_SUPPLY);
                });
    }

    @Test
    void refusesToStartWithAnInvalidRulesFile() {
        context.withPropertyValues("huiyin.classification.rules=classpath:classification/rules-unknown-category.json")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("HOUSING_SECURTY"));
    }
}
