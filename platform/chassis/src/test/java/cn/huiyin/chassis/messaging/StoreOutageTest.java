package cn.huiyin.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A consumer waits out a MongoDB outage on the event it holds; any other failure goes to the binder at once. */
class StoreOutageTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void runsTheWorkAgainUntilTheStoreAnswers() {
        AtomicInteger attempts = new AtomicInteger();

        String result = StoreOutage.waitOut("call-signals", meters, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new DataAccessResourceFailureException("Timed out while waiting for a server");
            }
            return "applied";
        });

        assertThat(result).isEqualTo("applied");
        assertThat(attempts).hasValue(3);
        assertThat(meters.get("huiyin.events.store.waits").tag("consumer", "call-signals").counter().count())
                .isEqualTo(2);
    }

    @Test
    void leavesAnyOtherFailureToTheBinder() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> StoreOutage.waitOut("call-signals", meters, () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("county 999999 does not exist");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
