package cn.huiyin.intake.classification;

import cn.huiyin.intake.classification.infrastructure.RulesFile;
import cn.huiyin.intake.classification.model.CallClassifier;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The call classifier on the bundled rules, or on the file named by {@code huiyin.classification.rules}
 * (any Spring resource location, e.g. {@code file:/etc/huiyin/rules.json}) so a county can tune its vocabulary
 * without a release. A wrong file stops the service at start rather than misroute calls.
 */
@Configuration(proxyBeanMethods = false)
public class ClassificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClassificationConfiguration.class);

    @Bean
    CallClassifier callClassifier(
            @Value("${huiyin.classification.rules:classpath:" + RulesFile.BUNDLED + "}") Resource rules)
            throws IOException {
        try (InputStream in = rules.getInputStream()) {
            CallClassifier classifier = new CallClassifier(RulesFile.load(in));
            log.info("Classifying calls with rules {} from {}", classifier.rulesVersion(), rules.getDescription());
            return classifier;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid classification rules in " + rules.getDescription()
                    + ": " + e.getMessage(), e);
        }
    }
}
