package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.HouseholdRiskChanged;

/** An event read off a topic: about a call, about a household, or one that cannot be read (a dead letter). */
sealed interface Inbound {

    record Call(CallEvent event) implements Inbound {
    }

    record Risk(String eventId, HouseholdRiskChanged event) implements Inbound {
    }

    /** The record's value as it came, for the dead-letter topic; the reason travels in a header. */
    record Poison(byte[] original) implements Inbound {
    }
}
