package cn.huiyin.reporting.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void roundsHalfUpToOneDecimalAsTheSeedReportIsRead() {
        assertThat(Percent.of(30.0 / 127)).isEqualTo("23.6%");
        assertThat(Percent.of(19.0 / 127)).isEqualTo("15.0%");
        assertThat(Percent.of(0.0445)).isEqualTo("4.5%");
        assertThat(Percent.of(0.0625)).isEqualTo("6.3%");
        assertThat(Percent.of(1.0)).isEqualTo("100.0%");
        assertThat(Percent.of(0.0)).isEqualTo("0.0%");
    }

    @Test
    void printsADashWhereThereIsNothingToDivide() {
        assertThat(Percent.of(Double.NaN)).isEqualTo("—");
        assertThat(Percent.of(Double.POSITIVE_INFINITY)).isEqualTo("—");
        assertThat(Percent.of((Double) null)).isEqualTo("—");
        assertThat(Percent.of(3, 0)).isEqualTo("—");
        assertThat(Percent.decimal(null)).isEqualTo("—");
    }

    @Test
    void measuresTheGapBetweenTwoSharesInPercentagePoints() {
        assertThat(Percent.pointsBetween(107.0 / 127, 99.0 / 127)).isEqualTo("6.3");
        assertThat(Percent.pointsBetween(0.5, 0.5)).isEqualTo("0.0");
    }

    @Test
    void printsAveragesToOneDecimal() {
        assertThat(Percent.decimal(18.44)).isEqualTo("18.4");
        assertThat(Percent.decimal(23.65)).isEqualTo("23.7");
    }
}
