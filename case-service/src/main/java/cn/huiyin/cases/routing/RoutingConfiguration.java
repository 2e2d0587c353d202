package cn.huiyin.cases.routing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

    @Bean
    CategoryRouting categoryRouting(RoutingProperties properties) {
        return new CategoryRouting(properties);
    }
}
