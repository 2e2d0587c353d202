package cn.huiyin.intake.classification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.huiyin.events.Category;
import cn.huiyin.intake.classification.model.CategoryRules;
import cn.huiyin.intake.classification.model.ClassificationRules;
import cn.huiyin.intake.classification.model.Keyword;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ClassificationRulesTest {

    @Test
    void bundledRulesCoverEveryCategoryButTheFallback() {
        ClassificationRules rules = RulesFile.bundled();

        assertThat(rules.categories()).extracting(CategoryRules::category)
                .containsExactlyInAnyOrder(Arrays.stream(Category.values())
                        .filter(category -> category != Category.OTHER).toArray(Category[]::new));
    }

    @Test
    void readsTheVersionAndSettingsOfAFile() {
        ClassificationRules rules = load(file("\"危房改造\": 3.0", ""));

        assertThat(rules.version()).isEqualTo("test.1");
        assertThat(rules.threshold()).isEqualTo(1.5);
        assertThat(rules.categories()).singleElement()
                .satisfies(category -> assertThat(category.keywords()).containsExactly(new Keyword("危房改造", 3.0)));
    }

    @Test
    void rejectsAFileWithAnUnknownCategoryNamingIt() {
        InputStream file = getClass().getClassLoader()
                .getResourceAsStream("classification/rules-unknown-category.json");

        assertThatIllegalArgumentException().isThrownBy(() -> RulesFile.load(file))
                .withMessageContaining("unknown category 'HOUSING_SECURTY'");
    }

    @Test
    void rejectsAnEmptyKeywordNamingItsCategory() {
        assertThatIllegalArgumentException().isThrownBy(() -> load(file("\" \": 1.0", "")))
                .withMessageContaining("category HOUSING_SECURITY keyword is empty");
    }

    @Test
    void rejectsAKeywordWeightOfZeroOrLessNamingTheKeyword() {
        assertThatIllegalArgumentException().isThrownBy(() -> load(file("\"漏雨\": 0", "")))
                .withMessageContaining("keyword '漏雨' has weight 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> load(file("\"漏雨\": -1.5", "")))
                .withMessageContaining("keyword '漏雨' has weight -1.5");
    }

    @Test
    void rejectsANegativePenaltyBelowZero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> load(file("\"报销\": 2.0", ", \"negatives\": { \"差旅报销\": -1 }")))
                .withMessageContaining("negative '差旅报销' has weight -1.0");
    }

    @Test
    void rejectsAnUnknownDepartmentNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> load(file("\"通电\": 3.0", ", \"departments\": { \"ELECTRICITY\": [\"通电\"] }")))
                .withMessageContaining("category HOUSING_SECURITY: unknown department 'ELECTRICITY'");
    }

    @Test
    void rejectsAKeywordListedTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> load(file("\"漏雨\": 2.0, \"漏雨\": 1.0", "")))
                .withMessageContaining("漏雨");
    }

    @Test
    void rejectsAMisspeltSetting() {
        String json = file("\"漏雨\": 2.0", "").replace("\"threshold\"", "\"treshold\"");

        assertThatIllegalArgumentException().isThrownBy(() -> load(json))
                .withMessageContaining("unknown entry 'treshold'");
    }

    @Test
    void rejectsRulesForTheFallbackCategory() {
        String json = file("\"漏雨\": 2.0", "").replace("HOUSING_SECURITY", "OTHER");

        assertThatIllegalArgumentException().isThrownBy(() -> load(json)).withMessageContaining("OTHER");
    }

    @Test
    void rejectsAFileThatIsNotJson() {
        assertThatIllegalArgumentException().isThrownBy(() -> load("version: 1"))
                .withMessageContaining("not valid JSON");
    }

    private static ClassificationRules load(String json) {
        return RulesFile.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String file(String keywords, String more) {
        return """
                { "version": "test.1", "threshold": 1.5, "secondaryRatio": 0.5, "maxCategories": 3,
                  "saturation": 6.0, "reviewBelow": 0.5,
                  "categories": { "HOUSING_SECURITY": { "keywords": { %s } %s } } }
                """.formatted(keywords, more);
    }
}
