package cn.huiyin.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Cases transferred to counties: routing, deadlines, verification, review, callbacks and follow-up; publishes case-verified and callback-completed. */
@SpringBootApplication
public class CaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseApplication.class, args);
    }
}
