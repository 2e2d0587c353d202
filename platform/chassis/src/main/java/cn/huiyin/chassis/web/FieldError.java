package cn.huiyin.chassis.web;

/** One rejected field of a request: {@code field} is a JSON path such as {@code caller.phone}. */
public record FieldError(String field, String message) {
}
