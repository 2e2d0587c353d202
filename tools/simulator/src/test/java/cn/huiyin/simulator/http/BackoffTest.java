package cn.huiyin.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The waits between attempts: doubling, capped, jittered, and never shorter than the server asked. */
class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(90));
    final SplittableRandom random = new SplittableRandom(16);

    @Test
    void doublesTheWaitWithHalfOfItRandom() {
        for (int failures = 1; failures <= 5; failures++) {
            long step = 200L << (failures - 1);
            assertThat(backoff.delayMillis(failures, 0, random)).as("after failure %d", failures)
                    .isBetween(step / 2, step);
        }
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        for (int failures = 6; failures <= 64; failures++) {
            assertThat(backoff.delayMillis(failures, 0, random)).isBetween(2_500L, 5_000L);
        }
    }

    @Test
    void waitsAsLongAsRetryAfterSaysUpToTheCap() {
        assertThat(backoff.delayMillis(1, 3_000, random)).isEqualTo(3_000);
        assertThat(backoff.delayMillis(1, 60_000, random)).isEqualTo(5_000);
    }

    @Test
    void spreadsTheClientsThatFailedTogether() {
        long first = backoff.delayMillis(5, 0, random);
        boolean spread = false;
        for (int i = 0; i < 20 && !spread; i++) {
            spread = backoff.delayMillis(5, 0, random) != first;
        }
        assertThat(spread).isTrue();
    }
}
