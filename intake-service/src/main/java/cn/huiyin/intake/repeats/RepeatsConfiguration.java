package cn.huiyin.intake.repeats;

import cn.huiyin.intake.repeats.application.RepeatCallers;
import cn.huiyin.intake.repeats.infrastructure.CallerHistoryStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Repeat callers, spotted in each caller's history in MongoDB. */
@Configuration(proxyBeanMethods = false)
class RepeatsConfiguration {

    @Bean
    RepeatCallers repeatCallers(ReactiveMongoTemplate mongo) {
        return new RepeatCallers(new CallerHistoryStore(mongo));
    }
}
