package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.web.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The import's columns, one per field of a call: {@code externalId, receivedAt, channel, type,
 * callerName, callerPhone, callerIdNumber, regionCode, address, categories, content, urgent}.
 * Categories are separated by {@code ;} or {@code |}; urgent is true/false, 1/0 or 是/否.
 */
final class CsvRows {

    static final List<String> REQUIRED = List.of("externalId", "receivedAt", "channel", "type", "regionCode",
            "content");

    private CsvRows() {
    }

    static void requireColumns(Set<String> header) {
        List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("header", "lacks the columns " + missing);
        }
        if (!header.contains("callerPhone") && !header.contains("callerIdNumber")) {
            throw ProblemException.invalid("header", "needs a callerPhone or a callerIdNumber column");
        }
    }

    static CallRequest toCall(CSVRecord row) {
        return new CallRequest(value(row, "externalId"), value(row, "receivedAt"), value(row, "channel"),
                value(row, "type"),
                new CallRequest.Caller(value(row, "callerName"), value(row, "callerPhone"),
                        value(row, "callerIdNumber")),
                value(row, "regionCode"), value(row, "address"), categories(value(row, "categories")),
                value(row, "content"), urgent(value(row, "urgent")));
    }

    static String externalIdOf(CSVRecord row) {
        return value(row, "externalId");
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> categories(String value) {
        return value == null ? null
                : Arrays.stream(value.split("[;|；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Boolean urgent(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "是" -> true;
            case "false", "0", "no", "否" -> false;
            default -> throw ProblemException.invalid("urgent", "must be true/false, 1/0 or 是/否");
        };
    }
}
