package cn.huiyin.monitoring.support;

import cn.huiyin.testkit.HuiyinServiceTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** monitoring-service against the shared embedded Kafka and Mongo, with the test vault keys. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@HuiyinServiceTest(properties = {
    "huiyin.vault.keys.test1=" + Households.AES_KEY,
    "huiyin.vault.active-key=test1",
    "huiyin.vault.hmac-key=" + Households.HMAC_KEY,
    "huiyin.outbox.sweep-interval=500ms",
    "huiyin.outbox.grace=1s"})
public @interface MonitoringServiceTest {
}
