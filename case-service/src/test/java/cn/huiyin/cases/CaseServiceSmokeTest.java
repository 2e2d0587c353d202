package cn.huiyin.cases;

import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.ServiceSmokeContract;

/** case-service starts on the chassis, reaches Kafka and MongoDB, and shows its documents and metrics. */
@HuiyinServiceTest
class CaseServiceSmokeTest extends ServiceSmokeContract {

    @Override
    protected String serviceName() {
        return "case-service";
    }
}
