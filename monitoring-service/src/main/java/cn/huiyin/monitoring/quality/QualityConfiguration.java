package cn.huiyin.monitoring.quality;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the data-quality checks; they have no settings of their own. */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    DataQualityChecks dataQualityChecks() {
        return new DataQualityChecks();
    }
}
