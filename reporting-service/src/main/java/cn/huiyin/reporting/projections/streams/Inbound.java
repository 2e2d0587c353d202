package cn.huiyin.reporting.projections.streams;

import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.reporting.projections.model.Contributions;
import cn.huiyin.reporting.projections.model.Entry;

import java.time.Duration;

/** An event read off a topic: about a call, about a household, or one that cannot be read (a dead letter). */
sealed interface Inbound {

    /** The event, and its type and payload as published, which the re-keying by call id passes on unchanged. */
    record Call(CallEvent event, String type, byte[] payload) implements Inbound {
    }

    /**
     * A change of a household's standing in monitoring: a {@link HouseholdMonitoringChanged} as published now, or a
     * {@link HouseholdRiskChanged} of v1, which the topic keeps as history.
     */
    record Risk(String eventId, Record event) implements Inbound {

        public Risk {
            if (!(event instanceof HouseholdRiskChanged || event instanceof HouseholdMonitoringChanged)) {
                throw new IllegalArgumentException("not a household risk change: " + event.getClass().getName());
            }
        }

        Entry entry(Duration identificationLimit) {
            return event instanceof HouseholdMonitoringChanged monitoring
                    ? Contributions.of(eventId, monitoring, identificationLimit)
                    : Contributions.of(eventId, (HouseholdRiskChanged) event, identificationLimit);
        }
    }

    /** The record's value as it came, for the dead-letter topic; the reason travels in a header. */
    record Poison(byte[] original) implements Inbound {
    }
}
