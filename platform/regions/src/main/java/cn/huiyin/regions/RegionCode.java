package cn.huiyin.regions;

import java.util.ArrayList;
import java.util.List;

/**
 * Region code syntax in one place.
 *
 * <p>Canonical codes have 2 (province), 4 (city), 6 (county), 9 (township) or 12 (village)
 * digits, so a code's parent is simply its prefix one level up: {@code 520526211 → 520526 →
 * 5205 → 52}. Other systems pad codes with zeros (GB/T 2260 uses {@code 520500} for 毕节市, the
 * NBS tables use {@code 520526211000} for 云贵乡); {@link #lookupForms} lists the canonical
 * forms such a padded code may stand for, so the registry accepts both spellings.
 */
public final class RegionCode {

    private RegionCode() {
    }

    /** True when {@code raw} (surrounding whitespace ignored) is digits of a valid length. */
    public static boolean isWellFormed(String raw) {
        return problem(raw) == null;
    }

    /**
     * Returns the trimmed code, or throws {@link UnknownRegionException} with reason
     * {@code MALFORMED} and a message naming the problem.
     */
    public static String requireWellFormed(String raw) {
        String problem = problem(raw);
        if (problem != null) {
            throw new UnknownRegionException(UnknownRegionException.Reason.MALFORMED, raw, problem);
        }
        return raw.strip();
    }

    /** Level implied by the length of a well-formed code. */
    public static RegionLevel levelOf(String code) {
        RegionLevel level = RegionLevel.ofDigits(requireWellFormed(code).length());
        assert level != null : "well-formed codes have a level";
        return level;
    }

    /** The code-prefix parent ({@code 520526 → 5205}); null for a province. */
    public static String prefixParent(String code) {
        RegionLevel level = levelOf(code);
        if (level == RegionLevel.PROVINCE) {
            return null;
        }
        return code.strip().substring(0, parentDigits(level));
    }

    /**
     * The canonical codes a well-formed code may denote, most specific first: the code itself,
     * then, while it ends in the zeros of its last segment, the code with that segment removed.
     * {@code 520500 → [520500, 5205]}; {@code 520526211000 → [520526211000, 520526211]}. The
     * code itself comes first because the data has a few real codes ending in zeros
     * (441900 东莞市, 350527000 金门县).
     */
    public static List<String> lookupForms(String code) {
        String current = requireWellFormed(code);
        List<String> forms = new ArrayList<>(2);
        forms.add(current);
        while (isPaddedCanonical(current)) {
            current = current.substring(0, parentDigits(RegionLevel.ofDigits(current.length())));
            forms.add(current);
        }
        return forms;
    }

    /** True when the last segment of the code is all zeros (never a real NBS sequence number). */
    public static boolean isPadded(String code) {
        return isPaddedCanonical(requireWellFormed(code));
    }

    private static boolean isPaddedCanonical(String code) {
        RegionLevel level = RegionLevel.ofDigits(code.length());
        if (level == RegionLevel.PROVINCE) {
            return false;
        }
        for (int i = parentDigits(level); i < code.length(); i++) {
            if (code.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static int parentDigits(RegionLevel level) {
        return level.parent().digits();
    }

    /**
     * NBS codes county-level development zones and similar functional areas with 71–80 as the
     * 5th–6th digits (e.g. 130171 石家庄高新技术产业开发区); the registry flags them as functional
     * areas like the locally configured ones.
     */
    static boolean isStatisticalFunctionalArea(String code) {
        if (code.length() != RegionLevel.COUNTY.digits()) {
            return false;
        }
        int sequence = Integer.parseInt(code.substring(4));
        return sequence >= 71 && sequence <= 80;
    }

    private static String problem(String raw) {
        if (raw == null) {
            return "region code is missing (null)";
        }
        String code = raw.strip();
        if (code.isEmpty()) {
            return "region code is blank";
        }
        if (!allDigits(code)) {
            return "region code '" + raw + "' is malformed: it must contain only digits 0-9";
        }
        if (RegionLevel.ofDigits(code.length()) == null) {
            return "region code '" + raw + "' is malformed: it has " + code.length()
                    + " digits, expected 2 (province), 4 (city), 6 (county), 9 (township) or 12 (village)";
        }
        return null;
    }

    private static boolean allDigits(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
