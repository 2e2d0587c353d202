package cn.huiyin.chassis.web;

import org.springframework.web.reactive.function.server.ServerRequest;

/** Query parameters of list endpoints, checked like body fields: paging numbers within their bounds. */
public final class QueryParams {

    /**
     * How deep a list may be paged: the first item of a page (page × size) within the first 1,000,000. A deeper page
     * was read as page 0 (the offset overflowed the driver's int), and skipping further costs the store a scan of
     * every item before it; narrower filters reach the rest.
     */
    public static final int MAX_OFFSET = 1_000_000;

    private QueryParams() {
    }

    /** {@code page}, 0 when absent: refused when not a whole number or beyond {@link #MAX_OFFSET} at this size. */
    public static int page(ServerRequest request, int size, FieldErrors errors) {
        int lastReachable = MAX_OFFSET / Math.max(1, size);
        String value = request.queryParam("page").orElse(null);
        if (value == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= lastReachable) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add("page", "must be a whole number from 0 to " + lastReachable + " at size " + size
                + " (narrow the filters to reach further)");
        return 0;
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
