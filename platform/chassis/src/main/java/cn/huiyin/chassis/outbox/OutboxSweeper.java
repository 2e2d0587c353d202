package cn.huiyin.chassis.outbox;

import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reconciles once at start, then runs {@link OutboxRelay#sweep()} at a fixed interval while the service runs. */
class OutboxSweeper implements SmartLifecycle {

    private final OutboxRelay relay;
    private volatile Disposable running;

    OutboxSweeper(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void start() {
        running = relay.ensureIndexes()
                .onErrorResume(failure -> Mono.empty())
                .then(relay.reconcile())
                .thenMany(Flux.interval(relay.interval(), relay.interval()))
                .onBackpressureDrop()
                .concatMap(tick -> relay.sweep(), 1)
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
