package cn.huiyin.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal numbers typed or spoken into free text (a call's content and address, a county's findings, a callback
 * comment, a department's fact): masked where they stand, as the structured fields are, before the text is stored
 * in clear, published or shown. Recognised, with full-width digits and digits grouped by spaces or dashes:
 * <ul>
 * <li>resident ID numbers, 18 characters (the last may be X) or the old 15 digits: {@code 520526********1234};
 * <li>bank card numbers, 16 to 19 digits: {@code 6222***********1234};
 * <li>mobile numbers, also with +86 or 86: {@code 138****0001};
 * <li>landlines with their area code ({@code 0857-8221234}) or the local 7 or 8 digits: {@code 0857****1234},
 * {@code ****1234}, unless a unit follows (元, 万, 亩, 年 ...), which makes it an amount or a date, or the digits are
 * grouped (2020-03-05 is a date).
 * </ul>
 * Other numbers (amounts, dates, tracking numbers with letters) are left as they are.
 */
public final class FreeText {

    /** A run of digits, possibly grouped by single spaces or dashes, possibly ending in the ID check letter. */
    private static final Pattern RUN = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\+?86[ -]?)?[0-9](?:[ -]?[0-9])*(?:[Xx](?![A-Za-z]))?(?![0-9])");
    private static final Pattern SEPARATORS = Pattern.compile("[ -]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern AREA_CODE = Pattern.compile("0(?:[12]\\d|[3-9]\\d{2})");
    /** What makes a 7- or 8-digit number an amount, a size or a date rather than a local telephone number. */
    private static final Set<Character> UNITS = Set.of('元', '块', '万', '亿', '千', '百', '亩', '米', '平', '年', '月',
            '日', '号', '人', '户', '斤', '吨', '%', '个', '次', '天', '岁', '度', '方');

    private FreeText() {
    }

    /** The text with every personal number masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String view = asciiDigits(text);
        Matcher run = RUN.matcher(view);
        StringBuilder masked = null;
        int copied = 0;
        while (run.find()) {
            String replacement = masked(run.group(), unitFollows(view, run.end()));
            if (replacement == null) {
                continue;
            }
            if (masked == null) {
                masked = new StringBuilder(text.length());
            }
            masked.append(text, copied, run.start()).append(replacement);
            copied = run.end();
        }
        return masked == null ? text : masked.append(text, copied, text.length()).toString();
    }

    /** Whether {@link #mask} would change the text. */
    public static boolean holdsPersonalNumbers(String text) {
        return text != null && !text.equals(mask(text));
    }

    private static String masked(String run, boolean unitFollows) {
        String digits = SEPARATORS.matcher(run).replaceAll("");
        boolean international = digits.startsWith("+");
        if (international) {
            digits = digits.substring(1);
        }
        String national = digits.startsWith("86") && MOBILE.matcher(digits.substring(2)).matches()
                ? digits.substring(2) : digits;
        if (MOBILE.matcher(national).matches()) {
            return national.substring(0, 3) + "****" + national.substring(7);
        }
        if (international) {
            return null; // +86 followed by something that is not a mobile number: left alone
        }
        char last = Character.toUpperCase(digits.charAt(digits.length() - 1));
        boolean allDigits = last != 'X';
        int length = digits.length();
        if (length == 18 || (length == 15 && allDigits)) {
            return digits.substring(0, 6) + "*".repeat(length - 10) + digits.substring(length - 4, length - 1) + last;
        }
        if (!allDigits) {
            return null;
        }
        if (length >= 16 && length <= 19) {
            return digits.substring(0, 4) + "*".repeat(length - 8) + digits.substring(length - 4);
        }
        Matcher area = AREA_CODE.matcher(digits);
        if (area.lookingAt() && length - area.end() >= 7 && length - area.end() <= 8) {
            return area.group() + "****" + digits.substring(length - 4);
        }
        // a local number is written in one piece; 2020-03-05 is a date
        boolean grouped = run.length() != length;
        if ((length == 7 || length == 8) && digits.charAt(0) != '0' && !unitFollows && !grouped) {
            return "****" + digits.substring(length - 4);
        }
        return null;
    }

    private static boolean unitFollows(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (UNITS.contains(text.charAt(i)) || text.charAt(i) == '.');
    }

    /** Full-width digits (typed with a Chinese input method) as ASCII, position for position. */
    private static String asciiDigits(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
                changed = true;
            } else if (c == 'Ｘ' || c == 'ｘ') {
                chars[i] = 'X';
                changed = true;
            } else if (c == '－' || c == '　') {
                chars[i] = c == '－' ? '-' : ' ';
                changed = true;
            } else if (c == '＋') {
                chars[i] = '+';
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }
}
