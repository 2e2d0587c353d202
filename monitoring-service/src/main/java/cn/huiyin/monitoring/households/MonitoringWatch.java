package cn.huiyin.monitoring.households;

import cn.huiyin.monitoring.households.application.MonitoringGauges;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Refreshes the monitoring gauges at a fixed interval while the service runs. */
class MonitoringWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MonitoringWatch.class);

    private final MonitoringGauges gauges;
    private final Duration interval;
    private volatile Disposable running;

    MonitoringWatch(MonitoringGauges gauges, Duration interval) {
        this.gauges = gauges;
        this.interval = interval;
    }

    @Override
    public void start() {
        running = Flux.interval(Duration.ofSeconds(1), interval).onBackpressureDrop()
                .concatMap(tick -> gauges.refresh().onErrorResume(failure -> {
                    log.warn("monitoring gauges not refreshed: {}", failure.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
