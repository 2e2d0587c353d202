package cn.huiyin.monitoring.gauges;

import cn.huiyin.chassis.PeriodicTask;
import cn.huiyin.monitoring.households.application.Rescoring;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/** The monitoring figures Grafana shows, counted from the households and signals at each refresh. */
@Configuration(proxyBeanMethods = false)
class GaugesConfiguration {

    /**
     * The gauges count by scanning the households; while a rescoring run walks them all, they wait for the next
     * refresh after it (their scans would compete with the run for the collection, and recount a moving figure).
     * The scans grow with the register, so they take at most a tenth of the time: a refresh of 20 s (1,000,000
     * households on the embedded server) waits 200 s for the next.
     */
    @Bean
    PeriodicTask monitoringGauges(ReactiveMongoTemplate mongo, MeterRegistry meters, Clock clock, Rescoring rescoring,
            @Value("${huiyin.monitoring.identification-limit:15d}") Duration identificationLimit,
            @Value("${huiyin.monitoring.gauge-interval:30s}") Duration interval) {
        MonitoringGauges gauges = new MonitoringGauges(mongo, meters, clock, identificationLimit);
        return new PeriodicTask("monitoring gauges", interval, gauges::refresh,
                () -> rescoring.running() ? Mono.empty() : gauges.refresh()).atMost(0.1);
    }

}
