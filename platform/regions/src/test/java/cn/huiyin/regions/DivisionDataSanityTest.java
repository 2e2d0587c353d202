package cn.huiyin.regions;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole-data checks on the bundled registry (NBS 2023 via china-division 2.7.0 plus 2 functional areas). */
class DivisionDataSanityTest {

    private final RegionRegistry registry = RegionRegistry.loadDefault();
    private final List<Region> all = registry.all();

    @Test
    void levelsHoldTheExpectedNumberOfRegions() {
        Map<RegionLevel, Long> perLevel = all.stream().collect(groupingBy(Region::level, counting()));

        assertThat(perLevel).containsOnly(
                entry(RegionLevel.PROVINCE, 31L),
                entry(RegionLevel.CITY, 342L),
                entry(RegionLevel.COUNTY, 2978L + 2),
                entry(RegionLevel.TOWNSHIP, 41352L));
    }

    @Test
    void functionalAreasAreTheStatisticalDevelopmentZonesPlusTheConfiguredOnes() {
        List<String> functional = all.stream().filter(Region::functionalArea).map(Region::code).toList();

        assertThat(functional).hasSize(124 + 2).contains("130171", "320576", "520571", "520572");
        assertThat(all).filteredOn(Region::functionalArea).allMatch(r -> r.level() == RegionLevel.COUNTY);
    }

    @Test
    void codesAreUniqueAndSorted() {
        List<String> codes = all.stream().map(Region::code).toList();

        assertThat(Set.copyOf(codes)).hasSameSizeAs(codes);
        assertThat(codes).isSorted();
    }

    @Test
    void everyParentExistsOneLevelUp() {
        for (Region region : all) {
            if (region.level() == RegionLevel.PROVINCE) {
                assertThat(region.parentCode()).isNull();
                continue;
            }
            Region parent = registry.resolve(region.parentCode());
            assertThat(parent.level().ordinal()).as(region.label()).isEqualTo(region.level().ordinal() - 1);
            assertThat(registry.children(parent.code())).as(region.label()).contains(region);
        }
    }

    @Test
    void cityAndProvinceFollowTheCodePrefixEvenAcrossFunctionalAreas() {
        for (Region region : all) {
            assertThat(registry.provinceOf(region.code())).isEqualTo(region.code().substring(0, 2));
            if (region.level() != RegionLevel.PROVINCE) {
                assertThat(registry.cityOf(region.code())).isEqualTo(region.code().substring(0, 4));
            }
        }
    }

    @Test
    void municipalitiesKeepTheirPlaceholderCityLevel() {
        assertThat(registry.parentChain("110101")).extracting(Region::label)
                .containsExactly("110101 东城区", "1101 市辖区", "11 北京市");
        Map<String, String> chongqing = registry.children("50").stream()
                .collect(Collectors.toMap(Region::code, Region::name));
        assertThat(chongqing).containsOnly(entry("5001", "市辖区"), entry("5002", "县"));
        assertThat(registry.resolve("4690").name()).isEqualTo("省直辖县级行政区划");
    }

    @Test
    void defaultRegistryIsLoadedOnceAndShared() {
        assertThat(RegionRegistry.loadDefault()).isSameAs(registry);
    }
}
