package cn.huiyin.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Bijie cases of the hotline, including its two functional areas. */
class BijieRegionsTest {

    private final RegionRegistry registry = RegionRegistry.loadDefault();

    private static List<String> codes(List<Region> regions) {
        return regions.stream().map(Region::code).toList();
    }

    @Test
    void resolvesWeiningUnderBijie() {
        assertThat(registry.resolve("520526"))
                .isEqualTo(new Region("520526", "威宁彝族回族苗族自治县", RegionLevel.COUNTY, "5205", false));
        assertThat(registry.resolve("5205").name()).isEqualTo("毕节市");
        assertThat(registry.parentChain("520526")).extracting(Region::label)
                .containsExactly("520526 威宁彝族回族苗族自治县", "5205 毕节市", "52 贵州省");
    }

    @Test
    void acceptsZeroPaddedCodesAndReturnsCanonicalOnes() {
        assertThat(registry.resolve("520500").code()).isEqualTo("5205");
        assertThat(registry.resolve("520000").code()).isEqualTo("52");
        assertThat(registry.resolve("520526000000").code()).isEqualTo("520526");
        assertThat(registry.resolve("520526211000").code()).isEqualTo("520526211");
        assertThat(registry.resolve(" 520526 ").code()).isEqualTo("520526");
    }

    @Test
    void yunguiTownshipIsHandledByWeining() {
        Region yungui = registry.resolve("520526211");
        assertThat(yungui.name()).isEqualTo("云贵乡");
        assertThat(yungui.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(registry.countyOf("520526211").code()).isEqualTo("520526");
    }

    @Test
    void xiaobaTownshipIsHandledByJinhaihuNewArea() {
        Region jinhaihu = registry.countyOf("520502122");
        assertThat(jinhaihu).isEqualTo(new Region("520571", "金海湖新区", RegionLevel.COUNTY, "5205", true));
        assertThat(codes(registry.parentChain("520502122"))).containsExactly("520502122", "520571", "5205", "52");
        assertThat(registry.resolve("520502122").name()).isEqualTo("小坝镇");
    }

    @Test
    void qianxiIsACountyLevelCityThatLosesTownshipsToBailiDujuan() {
        assertThat(registry.resolve("520581"))
                .isEqualTo(new Region("520581", "黔西市", RegionLevel.COUNTY, "5205", false));
        assertThat(registry.resolve("520581209").name()).isEqualTo("金坡苗族彝族满族乡");
        assertThat(registry.countyOf("520581209").name()).isEqualTo("百里杜鹃管理区");
        assertThat(codes(registry.children("520581"))).doesNotContain("520581209", "520581210").contains("520581208");
    }

    @Test
    void bijieChildrenAreItsCountiesAndFunctionalAreas() {
        assertThat(registry.children("5205")).extracting(Region::name).containsExactlyInAnyOrder(
                "七星关区", "大方县", "黔西市", "金沙县", "织金县", "纳雍县", "威宁彝族回族苗族自治县", "赫章县",
                "金海湖新区", "百里杜鹃管理区");
        assertThat(codes(registry.children("520500"))).isSorted();
    }

    @Test
    void qixingguanChildrenExcludeTheTownshipsOfJinhaihu() {
        List<String> children = codes(registry.children("520502"));
        assertThat(children).doesNotContain("520502101", "520502102", "520502122").contains("520502100", "520502123");
        assertThat(children).hasSize(48 - 3);
    }

    @Test
    void functionalAreaChildrenAreTheTownshipsItAdministers() {
        assertThat(codes(registry.children("520571"))).containsExactly(
                "520502101", "520502102", "520502122", "520521101", "520521201", "520521202");
        assertThat(registry.children("520572")).extracting(Region::name).containsExactly(
                "鹏程街道", "黄泥彝族苗族满族乡", "大水彝族苗族布依族乡", "沙厂彝族乡", "普底彝族苗族白族乡", "百纳彝族乡",
                "金坡苗族彝族满族乡", "仁和彝族苗族乡");
    }

    @Test
    void villageCodeUnderAnExistingTownshipResolves() {
        Region village = registry.resolve("520526211001");
        assertThat(village).isEqualTo(new Region("520526211001", null, RegionLevel.VILLAGE, "520526211", false));
        assertThat(village.label()).isEqualTo("520526211001");
        assertThat(registry.countyOf("520526211001").code()).isEqualTo("520526");
        assertThat(registry.countyOf("520502122201").code()).isEqualTo("520571");
        assertThat(registry.children("520526211001")).isEmpty();
    }

    @Test
    void villageCodeUnderAMissingTownshipIsRejected() {
        assertThatThrownBy(() -> registry.resolve("520526999001"))
                .isInstanceOfSatisfying(UnknownRegionException.class, e -> assertThat(e.reason())
                        .isEqualTo(UnknownRegionException.Reason.UNKNOWN_TOWNSHIP))
                .hasMessageContaining("520526999");
        assertThat(registry.find("520526999001")).isEmpty();
    }

    @Test
    void coversFollowsFunctionalAreas() {
        assertThat(registry.covers("520502", "520502122")).isFalse();
        assertThat(registry.covers("520571", "520502122")).isTrue();
        assertThat(registry.covers("520571", "520502122201")).isTrue();
        assertThat(registry.covers("520502", "520502100")).isTrue();
        assertThat(registry.covers("5205", "520502122")).isTrue();
        assertThat(registry.covers("520000", "520571")).isTrue();
        assertThat(registry.covers("520526", "520526")).isTrue();
        assertThat(registry.covers("520526", "520502")).isFalse();
        assertThat(registry.covers("520502122", "5205")).isFalse();
    }

    @Test
    void countyOfACityIsRefusedWithTheReason() {
        assertThatThrownBy(() -> registry.countyOf("520500"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("5205 毕节市 is above county level (it is a city)");
        assertThatThrownBy(() -> registry.cityOf("52")).hasMessageContaining("above city level");
    }

    @Test
    void cityAndProvinceOfFollowTheChain() {
        assertThat(registry.cityOf("520502122201")).isEqualTo("5205");
        assertThat(registry.cityOf("5205")).isEqualTo("5205");
        assertThat(registry.provinceOf("520571")).isEqualTo("52");
    }
}
