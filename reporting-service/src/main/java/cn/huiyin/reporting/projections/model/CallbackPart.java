package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Category;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One callback attempt (回访); the fact keeps the latest, which is how reports count a case: by its outcome, or as
 * pending while an unreachable citizen is still to be tried again.
 */
public record CallbackPart(Instant completedAt, int attempt, CallbackResult result, boolean caseClosed,
        boolean caseReopened, List<Category> categories) {

    static final CallFact.Latest<CallbackPart> LATEST = new CallFact.Latest<>(
            Comparator.comparing(CallbackPart::completedAt).thenComparingInt(CallbackPart::attempt)
                    .thenComparing(part -> part.result().name()));

    /**
     * The citizen was not reached and will be tried again (待再次回访): only the last allowed unreachable attempt
     * closes the case, so an unreachable attempt that did not close it is no outcome yet.
     */
    public boolean retryPending() {
        return result == CallbackResult.UNREACHABLE && !caseClosed;
    }

    /** The citizen answered (satisfied or not): the cases the league table's resolution and satisfaction rate. */
    public boolean reached() {
        return result == CallbackResult.SATISFIED || result == CallbackResult.UNSATISFIED;
    }

    static CallbackPart of(CallbackCompleted event) {
        return new CallbackPart(event.completedAt(), event.attempt(), event.result(), event.caseClosed(),
                event.caseReopened(), event.categories());
    }
}
