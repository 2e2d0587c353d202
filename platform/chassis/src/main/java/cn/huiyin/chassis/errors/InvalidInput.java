package cn.huiyin.chassis.errors;

import java.util.List;

/** The request names fields that are wrong, each with its reason (400). */
public final class InvalidInput extends DomainException {

    public InvalidInput(List<FieldError> errors) {
        super("Invalid request", detail(errors), errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private static String detail(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
