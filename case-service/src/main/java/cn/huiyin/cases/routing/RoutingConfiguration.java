package cn.huiyin.cases.routing;

import cn.huiyin.cases.routing.model.CategoryRouting;
import cn.huiyin.cases.routing.model.TransferRules;
import cn.huiyin.regions.RegionRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the routing rules: the departments of each category, and where a case may be transferred. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

    @Bean
    CategoryRouting categoryRouting(RoutingProperties properties) {
        return new CategoryRouting(properties.departments(), properties.powerWords());
    }

    @Bean
    TransferRules transferRules(RegionRegistry regions) {
        return new TransferRules(regions);
    }
}
