package cn.huiyin.chassis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PeriodicTaskPacingTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aRunTakingThreeSecondsAtATenthOfTheTimeWaitsUntilThirtySecondsAfterItBegan() {
        PeriodicTask.Pacing pacing = new PeriodicTask.Pacing(0.1);
        long start = 1_000 * SECOND;

        assertThat(pacing.due(start)).isTrue();
        pacing.ran(start, start + 3 * SECOND);

        assertThat(pacing.due(start + 3 * SECOND)).isFalse();
        assertThat(pacing.due(start + 29 * SECOND)).isFalse();
        assertThat(pacing.due(start + 30 * SECOND)).isTrue();
    }

    @Test
    void shorterRunsMayStartSoonerAgain() {
        PeriodicTask.Pacing pacing = new PeriodicTask.Pacing(0.1);
        long start = 5 * SECOND;
        pacing.ran(start, start + 3 * SECOND);
        pacing.ran(start + 30 * SECOND, start + 30 * SECOND + SECOND / 10);

        assertThat(pacing.due(start + 31 * SECOND)).isTrue();
    }

    @Test
    void withoutAShareEveryTickRuns() {
        PeriodicTask.Pacing pacing = new PeriodicTask.Pacing(1.0);
        pacing.ran(0, 10 * SECOND);

        assertThat(pacing.due(10 * SECOND)).isTrue();
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new PeriodicTask.Pacing(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PeriodicTask.Pacing(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
