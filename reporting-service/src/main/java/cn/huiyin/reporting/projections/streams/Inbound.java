package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.HouseholdRiskChanged;

/** An event read off a topic: about a call, about a household, or one that cannot be read (a dead letter). */
sealed interface Inbound {

    /** The event, and its type and payload as published, which the re-keying by call id passes on unchanged. */
    record Call(CallEvent event, String type, byte[] payload) implements Inbound {
    }

    record Risk(String eventId, HouseholdRiskChanged event) implements Inbound {
    }

    /** The record's value as it came, for the dead-letter topic; the reason travels in a header. */
    record Poison(byte[] original) implements Inbound {
    }
}
