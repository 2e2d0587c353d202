package cn.huiyin.chassis.errors;

import java.util.List;

/** The resource does not exist, or lies outside the client's regions, which is answered the same way (404). */
public final class NotFound extends DomainException {

    public NotFound(String what) {
        super("Not found", what + " was not found", List.of());
    }
}
