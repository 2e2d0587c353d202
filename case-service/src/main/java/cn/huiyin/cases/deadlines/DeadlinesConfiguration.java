package cn.huiyin.cases.deadlines;

import cn.huiyin.cases.deadlines.model.DeadlinePolicy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the deadline policy from {@code huiyin.deadlines.*}; invalid settings stop the service at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlinesConfiguration {

    @Bean
    DeadlinePolicy deadlinePolicy(DeadlineProperties properties) {
        return new DeadlinePolicy(properties.toRules());
    }
}
