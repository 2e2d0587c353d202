package cn.huiyin.privacy;

import java.text.Normalizer;

/**
 * The name a caller gave. Personal data: {@link #toString()} is masked. Lengths count code
 * points, since rare characters in names (生僻字) lie outside the Basic Multilingual Plane.
 */
public final class CallerName {

    static final int MAX_LENGTH = 50;

    private final String value;

    private CallerName(String value) {
        this.value = value;
    }

    public static CallerName parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String name = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (name.codePoints().count() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(CallerName::isControl)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        return new CallerName(name);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    public String value() {
        return value;
    }

    /**
     * {@code 王**}: the first character and a star for each other one. A one-character name is
     * all stars, since its first character would be the whole name.
     */
    public String masked() {
        return mask(value);
    }

    public static String mask(String name) {
        int length = (int) name.codePoints().count();
        if (length <= 1) {
            return "*";
        }
        int firstEnd = name.offsetByCodePoints(0, 1);
        return name.substring(0, firstEnd) + "*".repeat(length - 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallerName name && name.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
