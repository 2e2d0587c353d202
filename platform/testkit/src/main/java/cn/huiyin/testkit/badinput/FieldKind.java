package cn.huiyin.testkit.badinput;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a field holds, read from its name and its valid example, and the values that are wrong for
 * it: a region code, a phone or ID number, a date, a closed enumeration, a number, a flag.
 */
enum FieldKind {
    REGION, PHONE, ID_NUMBER, DATE, ENUM, TEXT, NUMBER, BOOLEAN, OBJECT, LIST;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Text that is valid data in a free-text field and wrong anywhere else. */
    static final Map<String, String> ODD_TEXT = new LinkedHashMap<>();

    static {
        ODD_TEXT.put("script tag", "<script>alert(1)</script>");
        ODD_TEXT.put("emoji", "🙂");
        ODD_TEXT.put("RTL override", "\u202Eevil");
        ODD_TEXT.put("NUL", "a\u0000b");
        ODD_TEXT.put("lone surrogate", "\uD800");
        ODD_TEXT.put("zero-width joiner", "a\u200Db");
        ODD_TEXT.put("operator as text", "{\"$ne\":null}");
        ODD_TEXT.put("$where as text", "';sleep(1000);'");
    }

    static FieldKind of(String name, JsonNode example) {
        if (example.isObject()) {
            return OBJECT;
        }
        if (example.isArray()) {
            return LIST;
        }
        if (example.isNumber()) {
            return NUMBER;
        }
        if (example.isBoolean()) {
            return BOOLEAN;
        }
        String lower = name.toLowerCase();
        String value = example.asString();
        if (lower.contains("phone")) {
            return PHONE;
        }
        if (lower.contains("idnumber")) {
            return ID_NUMBER;
        }
        if ((lower.contains("region") || lower.contains("county")) && value.matches("\\d{2,12}")) {
            return REGION;
        }
        if (isDate(value)) {
            return DATE;
        }
        if (value.matches("[A-Z][A-Z0-9_]+")) {
            return ENUM;
        }
        return TEXT;
    }

    /** Values of the right JSON type that are still wrong for this kind of field. */
    Map<String, JsonNode> badValues() {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        switch (this) {
            case REGION -> {
                text(bad, "unknown region", "999999");
                text(bad, "region with a letter", "52a");
                text(bad, "region of 13 digits", "5205261112223");
                text(bad, "region as operator", "{\"$ne\":null}");
            }
            case PHONE -> {
                text(bad, "phone too short", "1380013");
                text(bad, "phone with letters", "138abcd0000");
                text(bad, "phone of 20 digits", "13800138000138001380");
            }
            case ID_NUMBER -> {
                text(bad, "ID with a wrong checksum", "520526195001010011");
                text(bad, "ID with letters", "52052619500101abcd");
                text(bad, "ID too short", "5205261950");
            }
            case DATE -> {
                text(bad, "date 0001-01-01", "0001-01-01");
                text(bad, "date 9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z");
                text(bad, "date 2020-02-30", "2020-02-30");
                text(bad, "date garbage", "yesterday-ish");
            }
            case ENUM -> {
                text(bad, "unknown enum value", "NOT_A_VALUE");
                text(bad, "enum value lower case", "not_a_value");
            }
            case NUMBER -> {
                bad.put("negative", NODES.numberNode(-1));
                bad.put("1e308", NODES.numberNode(1e308));
                bad.put("2^63", NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
                text(bad, "NaN as text", "NaN");
                text(bad, "Infinity as text", "Infinity");
            }
            default -> {
            }
        }
        return bad;
    }

    /** The value replaced by every JSON type it is not, including Mongo operators as objects. */
    Map<String, JsonNode> wrongTypes() {
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        if (this != NUMBER) {
            wrong.put("as number", NODES.numberNode(12345));
        }
        if (this != BOOLEAN) {
            wrong.put("as boolean", NODES.booleanNode(true));
        }
        if (this == NUMBER || this == BOOLEAN || this == OBJECT || this == LIST) {
            wrong.put("as text", NODES.stringNode(this == NUMBER ? "12" : "true"));
        }
        if (this != LIST) {
            wrong.put("as list", NODES.arrayNode().add("x"));
        }
        if (this != OBJECT) {
            wrong.put("as {$ne: null}", NODES.objectNode().set("$ne", NODES.nullNode()));
            wrong.put("as {$gt: \"\"}", NODES.objectNode().put("$gt", ""));
            wrong.put("as {$where}", NODES.objectNode().put("$where", "sleep(1000)"));
        } else {
            wrong.put("as empty object", NODES.objectNode());
        }
        return wrong;
    }

    private static void text(Map<String, JsonNode> bad, String description, String value) {
        bad.put(description, NODES.stringNode(value));
    }

    private static boolean isDate(String value) {
        for (Function<String, ?> parse : new Function[] {(Function<String, ?>) LocalDate::parse,
                (Function<String, ?>) OffsetDateTime::parse, (Function<String, ?>) LocalDateTime::parse,
                (Function<String, ?>) YearMonth::parse}) {
            try {
                parse.apply(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return false;
    }
}
