package cn.huiyin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @ParameterizedTest
    @ValueSource(strings = {"520526199001011232", "11010519491231002X", "52052619900101103X",
            "520526198506150022", "520502200002294419"})
    void acceptsNumbersWithTheRightCheckCharacter(String text) {
        assertThat(ResidentId.parse(text).normalized()).isEqualTo(text);
    }

    @Test
    void acceptsNumbersComputedForAnyRegionAndBirthDate() {
        for (String id : new String[] {ResidentIds.fromWeining(), ResidentIds.of("520502", "19000101", "001"),
                ResidentIds.of("522401", "20240630", "999"), ResidentIds.of("520526", "19960229", "042")}) {
            assertThat(ResidentId.parse(id, TODAY).normalized()).isEqualTo(id);
        }
    }

    @Test
    void upperCasesTheCheckCharacterAndStripsSpaces() {
        assertThat(ResidentId.parse("52052619900101103x").normalized()).isEqualTo("52052619900101103X");
        assertThat(ResidentId.parse(" 520526 19900101 103X ").normalized()).isEqualTo("52052619900101103X");
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        String wrong = ResidentIds.withWrongCheck(ResidentIds.fromWeining());

        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(wrong))
                .withMessageContaining("check character");
        assertThat(ResidentId.isValid("520526199001011231")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19900230", "19901301", "19900000", "18991231", "20240701", "30000101"})
    void rejectsBirthDatesThatDoNotExistOrAreOutOfRange(String birthDate) {
        String id = ResidentIds.of("520526", birthDate, "123");

        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(id, TODAY))
                .withMessage("does not contain a valid birth date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"520526900101123", "52052619900101123", "5205261990010112321", "52052619900101123A",
            "A20526199001011232", "5205261990O1011232", "520526-19900101-1232"})
    void rejectsLegacyNumbersWrongLengthsAndLetters(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(text))
                .withMessage("is not a valid 18-character resident ID number");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresANumber(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(text)).withMessage("is required");
    }

    @Test
    void masksTheBirthDateAndSequence() {
        ResidentId id = ResidentId.parse("52052619900101103X");

        assertThat(id.masked()).isEqualTo("520526********103X");
        assertThat(id).hasToString("520526********103X");
    }

    @Test
    void equalsByTheNormalisedNumber() {
        assertThat(ResidentId.parse("52052619900101103x")).isEqualTo(ResidentId.parse("52052619900101103X"));
    }
}
