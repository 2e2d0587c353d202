package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.CallbackCompleted;
import cn.huiyin.events.CaseAccepted;
import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.reporting.projections.model.CallFact;

import java.util.stream.Stream;

/** One event about a call or its case, on its way to the call's fact: exactly one component is set. */
public record CallEvent(CaseReceived received, CaseAssigned assigned, CaseVerified verified,
        CallbackCompleted callback, CaseOverdue overdue, CaseAccepted accepted) {

    public CallEvent {
        long set = Stream.of(received, assigned, verified, callback, overdue, accepted).filter(part -> part != null)
                .count();
        if (set != 1) {
            throw new IllegalArgumentException("a call event holds exactly one event, not " + set);
        }
    }

    /** The event as a call event; null for an event that is not about a call. */
    public static CallEvent of(Record event) {
        if (event instanceof CaseReceived e) {
            return new CallEvent(e, null, null, null, null, null);
        } else if (event instanceof CaseAssigned e) {
            return new CallEvent(null, e, null, null, null, null);
        } else if (event instanceof CaseVerified e) {
            return new CallEvent(null, null, e, null, null, null);
        } else if (event instanceof CallbackCompleted e) {
            return new CallEvent(null, null, null, e, null, null);
        } else if (event instanceof CaseOverdue e) {
            return new CallEvent(null, null, null, null, e, null);
        } else if (event instanceof CaseAccepted e) {
            return new CallEvent(null, null, null, null, null, e);
        }
        return null;
    }

    /** The call the event belongs to; an old producer's overdue event may not name it. */
    public String callId() {
        if (received != null) {
            return received.callId();
        } else if (assigned != null) {
            return assigned.callId();
        } else if (verified != null) {
            return verified.callId();
        } else if (callback != null) {
            return callback.callId();
        } else if (accepted != null) {
            return accepted.callId();
        }
        return overdue.callId();
    }

    public CallFact applyTo(CallFact fact) {
        if (received != null) {
            return fact.with(received);
        } else if (assigned != null) {
            return fact.with(assigned);
        } else if (verified != null) {
            return fact.with(verified);
        } else if (callback != null) {
            return fact.with(callback);
        } else if (accepted != null) {
            return fact.with(accepted);
        }
        return fact.with(overdue);
    }
}
