package cn.huiyin.chassis.web;

import org.springframework.web.reactive.function.server.ServerRequest;

/** Query parameters of list endpoints, checked like body fields: paging numbers within their bounds. */
public final class QueryParams {

    private QueryParams() {
    }

    /** The parameter as a whole number within [min, max], {@code fallback} when absent; out of range is named. */
    public static int number(ServerRequest request, String name, int fallback, int min, int max, FieldErrors errors) {
        String value = request.queryParam(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
