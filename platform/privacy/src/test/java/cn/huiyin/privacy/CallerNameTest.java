package cn.huiyin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerNameTest {

    @Test
    void trimsTheName() {
        assertThat(CallerName.parse("  王小明 ").value()).isEqualTo("王小明");
    }

    @ParameterizedTest
    @CsvSource({"王小明, 王**", "王五, 王*", "买买提·艾力, 买*****", "Li Wei, L*****", "𠮷田, 𠮷*"})
    void masksAllButTheFirstCharacter(String name, String masked) {
        assertThat(CallerName.parse(name).masked()).isEqualTo(masked);
        assertThat(CallerName.parse(name)).hasToString(masked);
    }

    @Test
    void masksAOneCharacterNameEntirely() {
        assertThat(CallerName.parse("王").masked()).isEqualTo("*");
    }

    @Test
    void acceptsFiftyCharactersCountingRareCharactersOnce() {
        assertThat(CallerName.isValid("王".repeat(50))).isTrue();
        assertThat(CallerName.isValid("𠮷".repeat(50))).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> CallerName.parse("王".repeat(51)))
                .withMessage("must be at most 50 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"王\n小明", "王\t小明", "王\u0000明", "王\u2028明"})
    void rejectsControlCharacters(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> CallerName.parse(name))
                .withMessage("must not contain control characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void requiresAName(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> CallerName.parse(name)).withMessage("is required");
    }
}
