package cn.huiyin.cases.cases;

import cn.huiyin.cases.cases.application.DeadlineWatch;
import cn.huiyin.cases.supervision.CaseBacklog;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs the deadline watch and refreshes the backlog gauges at a fixed interval while the service runs. */
class CaseWatches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CaseWatches.class);

    private final DeadlineWatch deadlines;
    private final CaseBacklog backlog;
    private final Duration interval;
    private volatile Disposable running;

    CaseWatches(DeadlineWatch deadlines, CaseBacklog backlog, Duration interval) {
        this.deadlines = deadlines;
        this.backlog = backlog;
        this.interval = interval;
    }

    @Override
    public void start() {
        running = Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> deadlines.run().then(backlog.refresh())
                        .onErrorResume(failure -> {
                            log.warn("case watch failed: {}", failure.toString());
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
