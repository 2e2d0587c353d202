package cn.huiyin.monitoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Return-to-poverty monitoring: households, signals, risk assessment, assistance plans, visits and risk clearing; publishes household-risk. */
@SpringBootApplication
public class MonitoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonitoringApplication.class, args);
    }
}
