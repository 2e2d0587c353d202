package cn.huiyin.intake.repeats.model;

import cn.huiyin.events.Category;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A caller's latest calls, known by the keyed {@code callerRef} (the ID number, else the phone): what tells a caller
 * who calls again about the same matter — an overlapping category within {@link #WINDOW} — from a new matter.
 */
public record CallerHistory(List<PastCall> calls) {

    public static final Duration WINDOW = Duration.ofDays(90);
    /** Enough for any caller's repeat chain within the window; older entries fall out as new ones come. */
    public static final int KEPT = 32;

    /** One earlier call of the caller: when it came and what it was about. */
    public record PastCall(String callId, Instant receivedAt, List<Category> categories) {

        public PastCall {
            categories = List.copyOf(categories);
        }
    }

    public CallerHistory {
        calls = List.copyOf(calls);
    }

    public static CallerHistory empty() {
        return new CallerHistory(List.of());
    }

    /**
     * The call a new one repeats: the most recent earlier call within the window about one of its categories, so a
     * chain of repeats reads back in order.
     */
    public Optional<String> repeatedBy(Instant receivedAt, List<Category> categories) {
        Instant from = receivedAt.minus(WINDOW);
        return calls.stream()
                .filter(call -> !call.receivedAt().isBefore(from) && !call.receivedAt().isAfter(receivedAt))
                .filter(call -> call.categories().stream().anyMatch(categories::contains))
                .max(Comparator.comparing(PastCall::receivedAt))
                .map(PastCall::callId);
    }
}
