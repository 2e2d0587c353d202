package cn.huiyin.reporting;

import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.ServiceSmokeContract;

/** reporting-service starts on the chassis, reaches Kafka and MongoDB, and shows its documents and metrics. */
@HuiyinServiceTest
class ReportingServiceSmokeTest extends ServiceSmokeContract {

    @Override
    protected String serviceName() {
        return "reporting-service";
    }
}
