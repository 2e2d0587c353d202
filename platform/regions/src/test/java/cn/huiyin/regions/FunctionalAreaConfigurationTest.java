package cn.huiyin.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading a caller-supplied functional-areas file instead of the bundled one. */
class FunctionalAreaConfigurationTest {

    private static final String WEINING_AREA = """
            # a test area taking 云贵乡 away from 威宁
            area     520573 5205 测试功能区
            township 520573 520526211 云贵乡   # from 520526
            """;

    // Enough of Guizhou for the error cases, which need not parse the 45k bundled divisions.
    static final String GUIZHOU_EXCERPT = """
            52	贵州省
            5201	贵阳市
            520102	南明区
            520102016	新华路街道
            5205	毕节市
            520502	七星关区
            520502122	小坝镇
            520526	威宁彝族回族苗族自治县
            520526211	云贵乡
            """;

    private static InputStream divisions() {
        return BundledRegions.open(BundledRegions.DIVISIONS);
    }

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void customFunctionalAreasFileReplacesTheBundledOne() {
        RegionRegistry registry = RegionRegistry.load(divisions(), text(WEINING_AREA));

        assertThat(registry.countyOf("520526211").label()).isEqualTo("520573 测试功能区");
        assertThat(registry.countyOf("520502122").label()).isEqualTo("520502 七星关区");
        assertThat(registry.find("520571")).isEmpty();
        assertThat(registry.children("5205")).extracting(Region::code).contains("520573").doesNotContain("520572");
        assertThat(RegionRegistry.loadDefault().countyOf("520526211").code()).isEqualTo("520526");
    }

    @Test
    void functionalAreasFileCanBeGivenAsAPath(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("areas.txt"), WEINING_AREA);

        RegionRegistry registry = RegionRegistry.loadWithFunctionalAreas(file);

        assertThat(registry.covers("520573", "520526211001")).isTrue();
        assertThat(registry.covers("520526", "520526211")).isFalse();
    }

    @Test
    void emptyFunctionalAreasLeaveTheOfficialCounties() {
        RegionRegistry registry = RegionRegistry.load(divisions(), InputStream.nullInputStream());

        assertThat(registry.countyOf("520502122").code()).isEqualTo("520502");
        assertThat(registry.children("5205")).hasSize(8);
    }

    @Test
    void officialFunctionalAreaCodeIsReusedWhenTheNameMatches() {
        RegionRegistry registry = RegionRegistry.load(divisions(), text("""
                area     130171 1301 石家庄高新技术产业开发区
                township 130171 130102001 建北街道
                """));

        assertThat(registry.countyOf("130102001").label()).isEqualTo("130171 石家庄高新技术产业开发区");
        assertThat(registry.resolve("130171").functionalArea()).isTrue();
    }

    @Test
    void excerptOfTheDivisionsIsEnoughToLoad() {
        RegionRegistry registry = RegionRegistry.load(text(GUIZHOU_EXCERPT), text(WEINING_AREA));

        assertThat(registry.all()).hasSize(10);
        assertThat(registry.children("520526")).isEmpty();
        assertThat(registry.countyOf("520526211").code()).isEqualTo("520573");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "area 520573 5205 测试功能区 | township 520573 520526211 云归乡 | is 云贵乡 in the division data, not 云归乡",
        "area 520526 5205 测试功能区 | township 520526 520526211 云贵乡 | collides with official 520526 威宁彝族回族苗族自治县",
        "area 520573 5299 测试功能区 | township 520573 520526211 云贵乡 | parent city 5299 does not exist",
        "area 520673 5205 测试功能区 | township 520673 520526211 云贵乡 | must start with its city code 5205",
        "area 520573 5205 测试功能区 | township 520573 520526999 某乡   | township 520526999 某乡 does not exist",
        "area 520573 5205 测试功能区 | township 520573 520102016 新华路街道 | is in another city",
        "area 520573 5205 测试功能区 | township 520573 520502122 小坝镇 | already belongs to functional area 520571",
        "area 520573 5205 测试功能区 | township 520574 520526211 云贵乡 | line 2: township refers to area 520574",
        "area 520573 5205           | township 520573 520526211 云贵乡 | line 1: expected 4 fields",
        "zone 520573 5205 测试功能区 | township 520573 520526211 云贵乡 | unknown record kind 'zone'",
        "area 52057 5205 测试功能区  | township 520573 520526211 云贵乡 | expected a 6-digit COUNTY code, got '52057'",
    })
    void invalidFunctionalAreasFailTheLoadWithTheReason(String areaLine, String townshipLine, String problem) {
        // The 小坝镇 case needs the bundled areas too, to have 520571 claim the township first.
        String bundled = problem.contains("520571")
                ? "area 520571 5205 金海湖新区\ntownship 520571 520502122 小坝镇\n" : "";
        String config = bundled + areaLine + "\n" + townshipLine + "\n";

        assertThatThrownBy(() -> RegionRegistry.load(text(GUIZHOU_EXCERPT), text(config)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("functional-areas")
                .hasMessageContaining(problem);
    }
}
