package cn.huiyin.cases.support;

import cn.huiyin.testkit.HuiyinServiceTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * case-service against the shared embedded Kafka and Mongo, with a clock tests can move, city review (on for every
 * city by default) only for 赫章县 (520527), and the deadline watch left to the tests (it runs hourly here).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@HuiyinServiceTest(properties = {
    "huiyin.cases.city-review.enabled=false",
    "huiyin.cases.city-review.except=520527",
    "huiyin.cases.watch-interval=1h",
    "huiyin.outbox.sweep-interval=500ms",
    "huiyin.outbox.grace=1s"})
@Import(TestClockConfiguration.class)
public @interface CaseServiceTest {
}
