package cn.huiyin.chassis.web;

import cn.huiyin.chassis.errors.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects every problem of a request before answering, so the client learns all of them at once:
 * {@code new FieldErrors().require("externalId", id).check("content", len <= 4000, "...").throwIfAny()}.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public FieldErrors check(String field, boolean valid, String message) {
        return valid ? this : add(field, message);
    }

    /** The value is present and, for text, not blank. */
    public FieldErrors require(String field, Object value) {
        boolean present = value instanceof CharSequence text ? !text.toString().isBlank() : value != null;
        return check(field, present, "is required");
    }

    /**
     * The constant of a closed enumeration named by {@code value}; an unknown name is recorded with
     * the accepted ones (never mapped to a default), a missing one only when {@code required}.
     */
    public <E extends Enum<E>> E enumOf(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
