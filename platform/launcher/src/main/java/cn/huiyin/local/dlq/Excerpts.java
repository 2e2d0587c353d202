package cn.huiyin.local.dlq;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Short, masked text of a dead letter for an operator's terminal: events carry only masked personal data, but a
 * poison event is by definition one that broke the rules, so anything that looks like a mobile phone number or a
 * resident ID number is masked before it is printed.
 */
public final class Excerpts {

    static final int PAYLOAD_LENGTH = 160;
    static final int REASON_LENGTH = 200;

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{11}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    // the binder's wrapper says where, not why: "error occurred in message handler [...Binder$1@6b39c401]; <why>"
    private static final Pattern HANDLER_PREFIX = Pattern.compile("^error occurred in message handler \\[[^\\]]*\\]; ");

    private Excerpts() {
    }

    /** Phones keep their first three and last four digits (as events mask them), ID numbers only their region. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1************");
        return PHONE.matcher(masked).replaceAll("$1****$2");
    }

    /** One line, masked, at most {@code length} characters. */
    public static String line(String text, int length) {
        if (text == null) {
            return "";
        }
        String one = mask(WHITESPACE.matcher(text).replaceAll(" ").strip());
        return one.length() <= length ? one : one.substring(0, length - 1) + "…";
    }

    public static String payload(byte[] value) {
        return value == null ? "(no payload)" : line(new String(value, StandardCharsets.UTF_8), PAYLOAD_LENGTH);
    }

    public static String reason(String exceptionMessage) {
        return exceptionMessage == null ? "(no reason recorded)"
                : line(HANDLER_PREFIX.matcher(exceptionMessage.strip()).replaceFirst(""), REASON_LENGTH);
    }
}
