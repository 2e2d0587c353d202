package cn.huiyin.monitoring.signals;

import cn.huiyin.chassis.messaging.IdempotentConsumer;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.signals.application.HardshipSignals;
import cn.huiyin.monitoring.signals.application.SignalIntake;
import cn.huiyin.monitoring.signals.application.SignalMatching;
import cn.huiyin.monitoring.signals.infrastructure.SignalStore;
import cn.huiyin.monitoring.signals.messaging.HotlineSignals;
import cn.huiyin.monitoring.signals.web.SignalApiDocs;
import cn.huiyin.monitoring.signals.web.SignalHandler;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.LoggerFactory;
import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Signs of risk: their store (which the households' assessment reads through its port), self-reports and
 * department warnings over HTTP, and the hotline's events over Kafka.
 */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean
    SignalStore signalStore(ReactiveMongoTemplate mongo) {
        SignalStore store = new SignalStore(mongo);
        store.ensureIndexes().subscribe(null, failure -> LoggerFactory.getLogger(SignalStore.class)
                .warn("could not create the signal indexes: {}", failure.toString()));
        return store;
    }

    @Bean
    SignalIntake signalIntake(SignalStore signals, Households households, RiskMonitor monitor) {
        return new SignalIntake(signals, households, monitor);
    }

    @Bean
    HardshipSignals hardshipSignals(Clock clock) {
        return new HardshipSignals(clock);
    }

    @Bean
    SignalMatching signalMatching(SignalIntake intake, RegionRegistry regions) {
        return new SignalMatching(intake, regions);
    }

    @Bean
    HotlineSignals hotlineSignals(IdempotentConsumer consumer, SignalMatching matching, HardshipSignals hardship) {
        return new HotlineSignals(consumer, matching, hardship);
    }

    @Bean
    Consumer<Message<List<byte[]>>> callSignals(HotlineSignals signals) {
        return signals::calls;
    }

    @Bean
    Consumer<Message<List<byte[]>>> verificationSignals(HotlineSignals signals) {
        return signals::verifications;
    }

    @Bean
    Consumer<Message<List<byte[]>>> callbackSignals(HotlineSignals signals) {
        return signals::callbacks;
    }

    @Bean
    RouterFunction<ServerResponse> signalRoutes(SignalIntake intake, Fingerprints fingerprints, RegionRegistry regions,
            RegionAccess access, RequestBodies bodies, Clock clock) {
        SignalHandler handler = new SignalHandler(intake, fingerprints, regions, access, bodies, clock);
        return SpringdocRouteBuilder.route()
                .POST("/api/v1/self-reports", handler::selfReport, SignalApiDocs.selfReport())
                .POST("/api/v1/warnings", handler::warnings, SignalApiDocs.warnings())
                .build();
    }
}
