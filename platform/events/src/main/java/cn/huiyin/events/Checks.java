package cn.huiyin.events;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks the event records share. They mirror the JSON Schemas, so a producer fails when it
 * builds a bad event instead of a department system failing when it reads one.
 */
final class Checks {

    static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    static final Pattern CITY_CODE = Pattern.compile("\\d{4}");
    static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");
    static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");
    /** County, township or village: a call must name a county or lower. */
    static final Pattern REGION_CODE = Pattern.compile("\\d{6}(\\d{3}(\\d{3})?)?");
    /** Township or village: where a household lives. */
    static final Pattern HOUSEHOLD_REGION_CODE = Pattern.compile("\\d{9}(\\d{3})?");
    /** First three (or four, for a landline area code) and last four digits only: no full number may reach Kafka. */
    static final Pattern MASKED_PHONE = Pattern.compile("\\d{3,4}\\*{4}\\d{4}");

    private Checks() {
    }

    static String notBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String code(String value, Pattern pattern, String field) {
        Objects.requireNonNull(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must match " + pattern + " but was '" + value + "'");
        }
        return value;
    }

    static String optionalCode(String value, Pattern pattern, String field) {
        return value == null ? null : code(value, pattern, field);
    }

    /** Lists are never null on the wire or in code; a repeated code would be counted twice in reports. */
    static <T> List<T> distinct(List<T> values, String field) {
        List<T> copy = values == null ? List.of() : List.copyOf(values);
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(field + " must not repeat a value: " + copy);
        }
        return copy;
    }

    static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + " but was " + value);
        }
        return value;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
