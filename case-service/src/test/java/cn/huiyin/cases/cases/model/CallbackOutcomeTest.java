package cn.huiyin.cases.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.UnreachableReason;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the callback desk may record, and how often it may try. */
class CallbackOutcomeTest {

    @Test
    void refusesAnUnreachableReasonForACitizenWhoAnswered() {
        assertThatThrownBy(() -> new CallbackOutcome(CallbackResult.SATISFIED, UnreachableReason.NO_ANSWER, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unreachable reason");
        assertThatThrownBy(() -> new CallbackOutcome(CallbackResult.UNSATISFIED, UnreachableReason.WRONG_NUMBER,
                "不满意"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUnreachableCitizenWithoutTheReason() {
        assertThatThrownBy(() -> new CallbackOutcome(CallbackResult.UNREACHABLE, null, "打不通"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unreachable reason");
    }

    @Test
    void refusesAnOutcomeWithoutAResult() {
        assertThatThrownBy(() -> new CallbackOutcome(null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("result");
    }

    @Test
    void acceptsAnUnreachableCitizenWithTheReasonAndAnAnsweredOneWithout() {
        var unreachable = new CallbackOutcome(CallbackResult.UNREACHABLE, UnreachableReason.OUT_OF_SERVICE, null);
        var satisfied = new CallbackOutcome(CallbackResult.SATISFIED, null, "满意");

        assertThat(unreachable.unreachableReason()).isEqualTo(UnreachableReason.OUT_OF_SERVICE);
        assertThat(satisfied.unreachableReason()).isNull();
    }

    @Test
    void refusesAPolicyThatNeverTriesToCall() {
        assertThatThrownBy(() -> new CallbackPolicy(0, Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxUnreachableAttempts");
    }
}
