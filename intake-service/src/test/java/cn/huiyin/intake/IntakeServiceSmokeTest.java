package cn.huiyin.intake;

import cn.huiyin.testkit.ServiceSmokeContract;

/** intake-service starts on the chassis, reaches Kafka and MongoDB, and shows its documents and metrics. */
@IntakeServiceTest
class IntakeServiceSmokeTest extends ServiceSmokeContract {

    @Override
    protected String serviceName() {
        return "intake-service";
    }
}
