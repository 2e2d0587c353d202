package cn.huiyin.regions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A caller-supplied divisions file is validated as strictly as the bundled one. */
class DivisionsFileTest {

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "52\\t贵州省\\n520526\\t威宁彝族回族苗族自治县      | division 520526 威宁彝族回族苗族自治县 has no parent 5205",
        "52\\t贵州省\\n52\\t贵州                            | divisions line 2: duplicate code 52",
        "52\\t贵州省\\n5205 毕节市                          | divisions line 2: expected code<TAB>name",
        "52\\t贵州省\\n5205\\t毕节市\\textra                | divisions line 2: expected code<TAB>name",
        "52\\t贵州省\\n520526211001\\t某村                  | expected a 2, 4, 6 or 9 digit code, got '520526211001'",
        "52\\t贵州省\\n52x\\t某地                           | expected a 2, 4, 6 or 9 digit code, got '52x'",
    })
    void invalidDivisionsFailTheLoadWithTheReason(String content, String problem) {
        String divisions = content.replace("\\t", "\t").replace("\\n", "\n");

        assertThatThrownBy(() -> RegionRegistry.load(text(divisions), InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }
}
