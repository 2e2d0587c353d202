package cn.huiyin.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

    static Stream<Class<? extends Labelled>> vocabularies() {
        return Stream.of(Channel.class, CallType.class, Disposition.class, Category.class, Department.class,
                Nature.class, Substantiation.class, Resolution.class, ReportedSatisfaction.class,
                CallbackResult.class, UnreachableReason.class, RiskLevel.class, RiskFactor.class, RiskChange.class,
                MonitoringType.class, ClassifiedBy.class, OverdueStage.class);
    }

    @ParameterizedTest
    @EnumSource(value = CallType.class, names = {"APPEAL", "COMPLAINT"})
    void appealsAndComplaintsAreTransferredToTheCounty(CallType type) {
        assertThat(Disposition.of(type)).isEqualTo(Disposition.TRANSFER);
    }

    @ParameterizedTest
    @EnumSource(value = CallType.class, names = {"CONSULTATION", "SUGGESTION", "PRAISE"})
    void consultationsSuggestionsAndPraiseAreAnsweredByTheHotline(CallType type) {
        assertThat(Disposition.of(type)).isEqualTo(Disposition.ANSWERED);
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyCodeHasItsOwnChineseLabel(Class<? extends Labelled> vocabulary) {
        List<String> labels = Arrays.stream(vocabulary.getEnumConstants()).map(Labelled::label).toList();

        assertThat(labels).doesNotHaveDuplicates().allSatisfy(label ->
                assertThat(label).isNotBlank().containsPattern("\\p{IsHan}"));
    }

    @Test
    void categoriesAndNaturesCarryTheLabelsOfTheSeedReport() {
        assertThat(Category.HOUSING_SECURITY.label()).isEqualTo("住房保障");
        assertThat(Category.values()).hasSize(13);
        assertThat(Department.POVERTY_ALLEVIATION.label()).isEqualTo("扶贫(乡村振兴)");
        assertThat(Department.values()).hasSize(14);
        assertThat(Nature.POLICY_INELIGIBLE.label()).isEqualTo("不符合政策规定仍希望享受政策");
        assertThat(CallbackResult.UNREACHABLE.label()).isEqualTo("联系不上");
        assertThat(MonitoringType.EDGE_OF_POVERTY.label()).isEqualTo("边缘易致贫户");
    }

    @Test
    void aDeadLetterTopicIsNamedAfterTheTopicAndTheConsumerGroup() {
        assertThat(Topics.dlq("case-received", "case-service")).isEqualTo("case-received.case-service.dlq");
        assertThat(Topics.dlq(Topics.HOUSEHOLD_RISK, "reporting-service"))
                .isEqualTo("household-risk.reporting-service.dlq");
    }
}
