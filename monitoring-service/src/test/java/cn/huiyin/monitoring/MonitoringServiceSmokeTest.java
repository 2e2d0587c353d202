package cn.huiyin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.ServiceSmokeContract;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import org.junit.jupiter.api.Test;

/** monitoring-service starts on the chassis, reaches Kafka and MongoDB, and shows its documents and metrics. */
@MonitoringServiceTest
class MonitoringServiceSmokeTest extends ServiceSmokeContract {

    @Override
    protected String serviceName() {
        return "monitoring-service";
    }

    @Test
    void exportsTheMonitoringGauges() {
        assertThat(scrape()).contains("huiyin_households_identification_overdue").contains("huiyin_warnings_unmatched");
    }
}
