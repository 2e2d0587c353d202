package cn.huiyin.bench.ceiling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ceiling: what the same machine and the same Mongo allow when an endpoint does nothing but
 * read the body and insert one call-sized document. Intake's rate is reported against it.
 */
@SpringBootApplication
public class CeilingApplication {

    public static void main(String[] args) {
        // ceiling.yml, not application.yml: the jar's other command must not pick it up by accident
        System.setProperty("spring.config.name", "ceiling");
        SpringApplication.run(CeilingApplication.class, args);
    }
}
