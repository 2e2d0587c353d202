package cn.huiyin.chassis.web;

import cn.huiyin.chassis.errors.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

/**
 * A body read as far as it could be ({@link RequestBodies}), and the fields that could not be read: those are left
 * out of {@code value} (a list element is null) and named in {@code errors}.
 */
public record Decoded<T>(T value, List<FieldError> errors) {

    public Decoded {
        errors = List.copyOf(errors);
    }

    public static <T> Decoded<T> of(T value) {
        return new Decoded<>(value, List.of());
    }

    /**
     * The result of {@code validation} (which throws {@link ProblemException#invalid} for the fields it refuses) if
     * every field could be read. Otherwise one 400 naming every field that could not be read and every field the
     * validation refuses on the rest of the body; a field named by both (left out, so "is required") is named once,
     * for its type. Any other problem of the validation (403, 404, 409) is thrown as it is.
     */
    public <R> R validated(Function<? super T, ? extends R> validation) {
        if (errors.isEmpty()) {
            return validation.apply(value);
        }
        List<FieldError> all = new ArrayList<>(errors);
        try {
            validation.apply(value);
        } catch (ProblemException problem) {
            if (problem.status() != HttpStatus.BAD_REQUEST) {
                throw problem;
            }
            problem.errors().stream().filter(error -> !named(error.field())).forEach(all::add);
        } catch (RuntimeException partialBodyNotExpected) {
            // the value lacks what could not be read; the fields named are the answer, never a 500
        }
        throw ProblemException.invalid(all);
    }

    /** Named already, or inside a field named already ({@code caller.phone} of a {@code caller} of the wrong type). */
    private boolean named(String field) {
        return errors.stream().map(FieldError::field).anyMatch(bad -> field.equals(bad)
                || field.startsWith(bad + ".") || field.startsWith(bad + "["));
    }
}
