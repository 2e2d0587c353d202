package cn.huiyin.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeValidationTest {

    private final RegionRegistry registry = RegionRegistry.loadDefault();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "52a5", "5205261", "1234567890123", "-52", "５２"})
    void malformedCodesAreRejectedAsMalformed(String code) {
        assertThatThrownBy(() -> registry.resolve(code))
                .isInstanceOfSatisfying(UnknownRegionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnknownRegionException.Reason.MALFORMED);
                    assertThat(e.code()).isEqualTo(code);
                });
        assertThat(registry.find(code)).isEmpty();
        assertThat(RegionCode.isWellFormed(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "52a5          | region code '52a5' is malformed: it must contain only digits 0-9",
        "5205261       | region code '5205261' is malformed: it has 7 digits, expected 2 (province), 4 (city), 6 (county), 9 (township) or 12 (village)",
        "1234567890123 | region code '1234567890123' is malformed: it has 13 digits",
    })
    void malformedCodeMessagesNameTheProblem(String code, String message) {
        assertThatThrownBy(() -> registry.resolve(code)).hasMessageStartingWith(message);
    }

    @Test
    void nullAndBlankCodesAreExplained() {
        assertThatThrownBy(() -> registry.resolve(null)).hasMessage("region code is missing (null)");
        assertThatThrownBy(() -> registry.resolve(" ")).hasMessage("region code is blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"529999", "99", "5299", "520526999", "520000999", "529900000000"})
    void wellFormedButUnknownCodesAreRejectedAsUnknown(String code) {
        assertThatThrownBy(() -> registry.resolve(code))
                .isInstanceOfSatisfying(UnknownRegionException.class, e -> assertThat(e.reason())
                        .isEqualTo(UnknownRegionException.Reason.UNKNOWN))
                .hasMessageContaining("no such division");
        assertThat(registry.find(code)).isEmpty();
    }

    @Test
    void everyQueryValidatesItsCode() {
        assertThatThrownBy(() -> registry.children("52a5")).isInstanceOf(UnknownRegionException.class);
        assertThatThrownBy(() -> registry.parentChain("529999")).isInstanceOf(UnknownRegionException.class);
        assertThatThrownBy(() -> registry.covers("52", "")).isInstanceOf(UnknownRegionException.class);
        assertThatThrownBy(() -> registry.countyOf(null)).isInstanceOf(UnknownRegionException.class);
    }

    @Test
    void paddedFormsAreListedMostSpecificFirst() {
        assertThat(RegionCode.lookupForms("520500")).containsExactly("520500", "5205");
        assertThat(RegionCode.lookupForms("520000000000"))
                .containsExactly("520000000000", "520000000", "520000", "5200", "52");
        assertThat(RegionCode.lookupForms("520526211001")).containsExactly("520526211001");
        assertThat(RegionCode.prefixParent("520526211001")).isEqualTo("520526211");
        assertThat(RegionCode.prefixParent("52")).isNull();
    }

    @Test
    void realCodesEndingInZerosWinOverTheirPaddedReading() {
        assertThat(registry.resolve("441900").label()).isEqualTo("441900 东莞市");
        assertThat(registry.resolve("441900").level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(registry.countyOf("441900003").code()).isEqualTo("441900");
        assertThat(registry.resolve("350527000").label()).isEqualTo("350527000 金门县");
    }
}
