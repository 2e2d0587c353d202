package cn.huiyin.chassis.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service on the chassis, for testing what the chassis gives every service: reminders
 * that a case is due soon, stored with their {@code case-overdue} event in one document, readable
 * only within the client's regions, and a consumer that counts the reminders it receives.
 */
@SpringBootApplication
public class SampleApplication {
}
