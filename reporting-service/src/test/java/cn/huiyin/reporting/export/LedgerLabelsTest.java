package cn.huiyin.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerLabelsTest {

    @Test
    void joinsSeveralLabelsWithTheChineseEnumerationComma() {
        assertThat(LedgerLabels.categories(List.of("HOUSING_SECURITY", "INFRASTRUCTURE")))
                .isEqualTo("住房保障、基础设施建设");
    }

    @Test
    void readsEachCodeInItsOwnVocabulary() {
        assertThat(LedgerLabels.categories(List.of("EDUCATION"))).isEqualTo("教育扶贫");
        assertThat(LedgerLabels.departments(List.of("EDUCATION"))).isEqualTo("教育");
        assertThat(LedgerLabels.reportedSatisfaction("SATISFIED")).isEqualTo("满意");
        assertThat(LedgerLabels.callbackSatisfaction("UNREACHABLE")).isEqualTo("联系不上");
        assertThat(LedgerLabels.substantiation("NO")).isEqualTo("不属实");
    }

    @Test
    void aCaseAwaitingItsSecondCallbackTryReadsAsPending() {
        assertThat(LedgerLabels.callbackSatisfaction(LedgerRow.RETRY_PENDING)).isEqualTo("待再次回访");
    }

    @Test
    void namesEveryStateOfTheLedger() {
        assertThat(List.of("TRANSFERRED", "VERIFIED", "CLOSED", "REOPENED")).map(LedgerLabels::state)
                .containsExactly("已转办", "已核查", "已办结", "重新办理");
    }

    @Test
    void printsACodeItDoesNotKnowRatherThanFailing() {
        assertThat(LedgerLabels.categories(List.of("HOUSING_SECURITY", "SPACE_TRAVEL"))).isEqualTo("住房保障、SPACE_TRAVEL");
        assertThat(LedgerLabels.state("ARCHIVED")).isEqualTo("ARCHIVED");
    }

    @Test
    void leavesMissingValuesEmpty() {
        assertThat(LedgerLabels.natures(List.of())).isNull();
        assertThat(LedgerLabels.natures(null)).isNull();
        assertThat(LedgerLabels.substantiation(null)).isNull();
    }
}
