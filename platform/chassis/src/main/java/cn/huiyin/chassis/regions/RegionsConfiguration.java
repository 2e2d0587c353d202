package cn.huiyin.chassis.regions;

import cn.huiyin.regions.RegionRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * The region registry, loaded once. A province declares its own functional areas with
 * {@code huiyin.regions.functional-areas=file:/etc/huiyin/functional-areas.tsv}.
 */
@AutoConfiguration
public class RegionsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RegionRegistry regionRegistry(@Value("${huiyin.regions.functional-areas:}") Resource functionalAreas) {
        if (functionalAreas == null || !functionalAreas.exists()) {
            return RegionRegistry.loadDefault();
        }
        try {
            return RegionRegistry.loadWithFunctionalAreas(functionalAreas.getFile().toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + functionalAreas, e);
        }
    }
}
