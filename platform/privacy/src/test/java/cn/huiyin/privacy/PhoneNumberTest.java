package cn.huiyin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800000000", "138 0000 0000", "138-0000-0000", "+8613800000000", "+86 138 0000 0000",
            "8613800000000", "008613800000000", " 13800000000 ", "１３８００００００００"})
    void normalisesMobileNumbersToElevenDigits(String text) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.normalized()).isEqualTo("13800000000");
        assertThat(phone.isMobile()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0857-1234567", "(0857)1234567", "0857 1234567", "08571234567", "+86 857 1234567",
            "+86 0857 1234567", "0086-857-1234567"})
    void normalisesLandlinesWithTheAreaCode(String text) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.normalized()).isEqualTo("0857-1234567");
        assertThat(phone.isMobile()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"085712345678, 0857-12345678", "01012345678, 010-12345678", "0101234567, 010-1234567",
            "(021)87654321, 021-87654321", "08518765432, 0851-8765432"})
    void splitsTheAreaCodeByTheNationalNumberingPlan(String text, String normalized) {
        assertThat(PhoneNumber.parse(text).normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110", "120", "12345", "12317", "95588", "4008123123", "1380000000", "138000000000",
            "12800000000", "0857-123456", "0857-123456789", "0857", "00857-1234567", "+8612345", "13800000000x",
            "138O0000000", "tel:13800000000", "23800000000"})
    void rejectsServiceNumbersAndWrongLengths(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse(text))
                .withMessage("is not a valid mainland mobile or landline number");
        assertThat(PhoneNumber.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void requiresANumber(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse(text)).withMessage("is required");
    }

    @ParameterizedTest
    @CsvSource({"13800000000, 138****0000", "+86 139 1234 5678, 139****5678", "0857-1234567, 0857****4567",
            "010-12345678, 010****5678", "085712345678, 0857****5678"})
    void masksAllButThePrefixAndTheLastFourDigits(String text, String masked) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.masked()).isEqualTo(masked).matches("^\\d{3,4}\\*{4}\\d{4}$");
        assertThat(phone).hasToString(masked);
    }

    @Test
    void equalsByTheNormalisedNumber() {
        assertThat(PhoneNumber.parse("+86 138-0000-0000")).isEqualTo(PhoneNumber.parse("13800000000"))
                .hasSameHashCodeAs(PhoneNumber.parse("13800000000"));
        assertThat(PhoneNumber.isValid("(0857)1234567")).isTrue();
    }
}
