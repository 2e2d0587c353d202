package cn.huiyin.cases.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.cases.deadlines.model.DeadlinePolicy;
import cn.huiyin.cases.deadlines.model.DeadlineRules;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Issue 17 §2: 市级核查 (seed 001) is on for every city unless configured off, per city. */
class CityReviewPolicyTest {

    static final RegionRegistry REGIONS = RegionRegistry.loadDefault();

    static CasePolicies policies(Map<String, String> properties) {
        CasePolicies.Properties bound = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("huiyin.cases", CasePolicies.Properties.class);
        return new CasePolicies(bound, REGIONS, new DeadlinePolicy(DeadlineRules.defaults()));
    }

    @Test
    void cityReviewIsOnForEveryCityByDefault() {
        CasePolicies defaults = policies(Map.of());

        assertThat(REGIONS.all().stream()
                .filter(region -> region.level() == RegionLevel.COUNTY && region.code().startsWith("52")))
                .isNotEmpty()
                .allSatisfy(county -> assertThat(defaults.reviewRequiredIn(county.code())).as(county.name()).isTrue());
    }

    @Test
    void aCityCanBeConfiguredOffWithoutTouchingItsNeighbours() {
        CasePolicies bijieOff = policies(Map.of("huiyin.cases.city-review.except", "5205"));

        assertThat(bijieOff.reviewRequiredIn("520526")).as("威宁, in 毕节市").isFalse();
        assertThat(bijieOff.reviewRequiredIn("520502")).as("七星关, in 毕节市").isFalse();
        assertThat(bijieOff.reviewRequiredIn("520102")).as("南明, in 贵阳市").isTrue();
    }

    @Test
    void offEverywhereExceptOneCountyIsTheOppositeConfiguration() {
        CasePolicies hezhangOnly = policies(Map.of("huiyin.cases.city-review.enabled", "false",
                "huiyin.cases.city-review.except", "520527"));

        assertThat(hezhangOnly.reviewRequiredIn("520527")).isTrue();
        assertThat(hezhangOnly.reviewRequiredIn("520526")).isFalse();
    }

    @Test
    void anExceptionThatIsNotARegionStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> policies(Map.of("huiyin.cases.city-review.except", "5299")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("5299");
    }
}
