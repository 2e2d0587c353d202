package cn.huiyin.cases.cases.web;

import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.events.HotlineTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reading the fields of the case API's requests, naming the field and what it expects, never echoing the value. */
public final class Fields {

    static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    private Fields() {
    }

    public static <E extends Enum<E>> E required(String field, String value, Class<E> type, FieldErrors errors) {
        return errors.enumOf(field, value, type, true);
    }

    public static <E extends Enum<E>> E optional(String field, String value, Class<E> type, FieldErrors errors) {
        return errors.enumOf(field, value, type, false);
    }

    public static <E extends Enum<E>> List<E> list(String field, List<String> values, Class<E> type,
            FieldErrors errors) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<E> parsed = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            E value = required(field + "[" + i + "]", values.get(i), type, errors);
            if (value != null) {
                parsed.add(value);
            }
        }
        return new ArrayList<>(parsed);
    }

    /** When an action happened: given (not in the future, 5 minutes' skew allowed) or now. */
    public static Instant at(String value, Clock clock, FieldErrors errors) {
        Instant now = clock.instant();
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            Instant at = OffsetDateTime.parse(value).toInstant();
            errors.check("at", !at.isAfter(now.plus(Duration.ofMinutes(5))), "must not be in the future");
            return at.isAfter(now) ? now : at;
        } catch (DateTimeParseException e) {
            errors.add("at", "must be an ISO-8601 date-time with offset");
            return now;
        }
    }

    /** A deadline given as a day (due at its end, Beijing time) or as a date-time with offset. */
    public static Instant deadline(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(HOTLINE_ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("deadline", "must be a date (2020-03-30) or a date-time with offset");
            return null;
        }
    }

    public static String text(String field, String value, int max, FieldErrors errors) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        errors.check(field, text.codePointCount(0, text.length()) <= max, "must be at most " + max + " characters");
        return text.isEmpty() ? null : text;
    }
}
