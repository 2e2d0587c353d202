package cn.huiyin.local.probes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadModelProgressCommandTest {

    private static final String SCRAPE = """
            # HELP huiyin_reporting_lag_records records the read model has not yet applied
            huiyin_reporting_lag_records{application="reporting-service",stage="input"} 1200.0
            huiyin_reporting_lag_records{application="reporting-service",stage="internal"} 30.0
            huiyin_reporting_lag_records{application="reporting-service",stage="sink"} 0.0
            huiyin_events_consumed_total{application="reporting-service",consumer="report-calls",outcome="applied",type="cn.huiyin.case.received.v1"} 400.0
            huiyin_events_consumed_total{application="reporting-service",consumer="report-calls",outcome="skipped",type="x"} 7.0
            huiyin_events_consumed_total{application="reporting-service",consumer="report-callbacks",outcome="applied",type="cn.huiyin.case.callback-completed.v1"} 100.0
            """;

    @Test
    void addsTheAppliedEventsAndReadsTheLagOfEachStage() {
        ReadModelProgressCommand.Progress progress = ReadModelProgressCommand.parse(SCRAPE);

        assertThat(progress.applied()).isEqualTo(500.0);
        assertThat(progress.behind()).containsEntry("input", 1200L).containsEntry("internal", 30L)
                .containsEntry("sink", 0L);
        assertThat(progress.measured()).isTrue();
        assertThat(progress.totalBehind()).isEqualTo(1230L);
    }

    @Test
    void aStageNotYetMeasuredIsNotCaughtUp() {
        ReadModelProgressCommand.Progress progress = ReadModelProgressCommand.parse(
                SCRAPE.replace("stage=\"internal\"} 30.0", "stage=\"internal\"} -1.0"));

        assertThat(progress.measured()).isFalse();
    }
}
