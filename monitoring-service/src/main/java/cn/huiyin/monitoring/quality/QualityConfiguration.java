package cn.huiyin.monitoring.quality;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data-quality checks (四个一致); they have no settings of their own. */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    DataQualityChecks dataQualityChecks() {
        return new DataQualityChecks();
    }
}
