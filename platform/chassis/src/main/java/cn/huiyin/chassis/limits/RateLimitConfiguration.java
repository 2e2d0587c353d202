package cn.huiyin.chassis.limits;

import cn.huiyin.chassis.web.ProblemResponses;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(afterName = "cn.huiyin.chassis.web.WebConfiguration")
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    @Bean
    RateLimits rateLimits(RateLimitProperties properties, ProblemResponses problems, MeterRegistry meters) {
        return new RateLimits(properties, problems, meters);
    }
}
