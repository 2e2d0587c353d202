package cn.huiyin.monitoring.clearing;

import cn.huiyin.monitoring.households.risk.RiskRules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the clearing rules from {@code huiyin.clearing.*}, sharing the monitoring lines and the medical
 * threshold of the {@link RiskRules} bean; invalid settings stop the service at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClearingProperties.class)
public class ClearingConfiguration {

    @Bean
    ClearingRules clearingRules(ClearingProperties properties, RiskRules riskRules) {
        return new ClearingRules(properties.stableMonths(), properties.visitMaxAgeMonths(), riskRules);
    }
}
