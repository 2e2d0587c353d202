package cn.huiyin.monitoring.households.model;

import java.time.LocalDate;
import java.util.Objects;

/** One measure of an assistance plan: what, who is responsible, by when, and how far it got. */
public record Measure(MeasureType type, String description, String owner, LocalDate due, Status status) {

    public enum Status { PLANNED, IN_PROGRESS, DONE }

    public Measure {
        Objects.requireNonNull(type, "type");
        status = status == null ? Status.PLANNED : status;
    }

    public boolean finished() {
        return status == Status.DONE;
    }
}
