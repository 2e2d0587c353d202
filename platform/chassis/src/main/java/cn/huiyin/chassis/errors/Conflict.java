package cn.huiyin.chassis.errors;

import java.util.List;

/** The resource's state does not allow the act, or the act was based on a version since changed (409). */
public non-sealed class Conflict extends DomainException {

    public Conflict(String detail) {
        super("Conflict", detail, List.of());
    }
}
