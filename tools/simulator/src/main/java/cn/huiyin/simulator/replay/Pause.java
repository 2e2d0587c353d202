package cn.huiyin.simulator.replay;

/** The simulated clients' waits between polls: an interrupt ends the replay rather than being swallowed. */
final class Pause {

    private Pause() {
    }

    static void of(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
