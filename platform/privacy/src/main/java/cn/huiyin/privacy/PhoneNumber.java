package cn.huiyin.privacy;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caller's mainland phone number: a mobile ({@code 13800000000}) or a landline with its area
 * code ({@code 0857-1234567}). Personal data: {@link #toString()} is masked so a stray log line
 * cannot leak it; only {@link #normalized()} gives the clear value, for sealing and fingerprints.
 */
public final class PhoneNumber {

    static final String INVALID = "is not a valid mainland mobile or landline number";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    // 010 and 02x are the only three-digit area codes; every other area code has four digits
    private static final Pattern LANDLINE = Pattern.compile("(0[12]\\d|0[3-9]\\d{2})(\\d{7,8})");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)86(\\d+)");

    private final String normalized;
    private final String areaCode;

    private PhoneNumber(String normalized, String areaCode) {
        this.normalized = normalized;
        this.areaCode = areaCode;
    }

    /** Accepts spaces, dashes, parentheses, full-width digits and a +86 / 0086 / 86 prefix. */
    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        // NFKC turns full-width digits and signs (１３８, ＋, －) typed in Chinese input methods into ASCII
        String digits = SEPARATORS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        Matcher international = INTERNATIONAL.matcher(digits);
        if (international.matches()) {
            String national = international.group(1);
            // abroad a landline is dialled without its trunk prefix 0 (+86 857 1234567), but some write it anyway
            boolean needsTrunkPrefix = !MOBILE.matcher(national).matches() && !national.startsWith("0");
            digits = needsTrunkPrefix ? "0" + national : national;
        } else if (digits.length() == 13 && digits.startsWith("86") && MOBILE.matcher(digits.substring(2)).matches()) {
            digits = digits.substring(2);
        }
        if (MOBILE.matcher(digits).matches()) {
            return new PhoneNumber(digits, null);
        }
        Matcher landline = LANDLINE.matcher(digits);
        if (landline.matches()) {
            return new PhoneNumber(landline.group(1) + "-" + landline.group(2), landline.group(1));
        }
        throw new IllegalArgumentException(INVALID);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code 13800000000} or {@code 0857-1234567}: the one form sealed and fingerprinted. */
    public String normalized() {
        return normalized;
    }

    public boolean isMobile() {
        return areaCode == null;
    }

    /** {@code 138****0000} or {@code 0857****4567}: what events, reports and logs may show. */
    public String masked() {
        String last4 = normalized.substring(normalized.length() - 4);
        return (isMobile() ? normalized.substring(0, 3) : areaCode) + "****" + last4;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && phone.normalized.equals(normalized);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalized);
    }

    @Override
    public String toString() {
        return masked();
    }
}
