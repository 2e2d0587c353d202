package cn.huiyin.chassis.errors;

import io.swagger.v3.oas.annotations.media.Schema;

/** One rejected field of a request: {@code field} is a JSON path such as {@code caller.phone}. */
public record FieldError(@Schema(example = "caller.phone") String field,
        @Schema(example = "must be a phone number") String message) {
}
