package cn.huiyin.chassis.errors;

import java.util.List;

/** The client is known, but its role or regions do not allow this act (403); the detail says who may. */
public final class NotPermitted extends DomainException {

    public NotPermitted(String detail) {
        super("Forbidden", detail, List.of());
    }
}
