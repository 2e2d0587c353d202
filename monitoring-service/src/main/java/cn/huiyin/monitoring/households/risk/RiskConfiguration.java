package cn.huiyin.monitoring.households.risk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the risk rules from {@code huiyin.risk.*} and the assessor; invalid rules stop the service at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RiskProperties.class)
public class RiskConfiguration {

    @Bean
    RiskRules riskRules(RiskProperties properties) {
        return properties.toRules();
    }

    @Bean
    RiskAssessor riskAssessor(RiskRules riskRules) {
        return new RiskAssessor(riskRules);
    }
}
