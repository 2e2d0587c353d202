package cn.huiyin.intake;

import cn.huiyin.testkit.HuiyinServiceTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * intake-service against the shared embedded Kafka and Mongo, with test vault keys and its log
 * written to a file, so privacy tests can read what a run logged. One Spring context for all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@HuiyinServiceTest(properties = {
    "huiyin.vault.keys.test1=fFnRT8V6j4Mn1S4kC5rkRU2cBq0vyDjtBSyfKJnHAY0=",
    "huiyin.vault.active-key=test1",
    "huiyin.vault.hmac-key=j10cDQJtaHird7+4kOwjkd6tubbwAz2sOOy+q7jL5K8=",
    "logging.file.name=" + IntakeServiceTest.LOG_FILE,
    "huiyin.outbox.sweep-interval=500ms",
    "huiyin.outbox.grace=1s"})
public @interface IntakeServiceTest {

    String LOG_FILE = "target/test-logs/intake-service.log";
}
