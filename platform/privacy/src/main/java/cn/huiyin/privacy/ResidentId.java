package cn.huiyin.privacy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An 18-character mainland resident identity number (居民身份证号码, GB 11643): six digits of the
 * registration region, the birth date, a sequence number and an ISO 7064 MOD 11-2 check
 * character. Personal data: {@link #toString()} is masked.
 */
public final class ResidentId {

    static final String INVALID = "is not a valid 18-character resident ID number";

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final String normalized;

    private ResidentId(String normalized) {
        this.normalized = normalized;
    }

    public static ResidentId parse(String text) {
        return parse(text, LocalDate.now(CHINA));
    }

    /** With the day to compare the birth date against, so tests do not depend on the clock. */
    static ResidentId parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        // full-width digits from Chinese input methods, spaces between the groups, a lower-case x
        String id = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException(INVALID);
        }
        if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
            throw new IllegalArgumentException("has a wrong check character; please re-check the ID number");
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("does not contain a valid birth date");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw new IllegalArgumentException("does not contain a valid birth date");
        }
        return new ResidentId(id);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Upper-case X, as printed on the card: the one form sealed and fingerprinted. */
    public String normalized() {
        return normalized;
    }

    /** {@code 520526********123X}: region and last four, as Chinese government systems show it. */
    public String masked() {
        return normalized.substring(0, 6) + "********" + normalized.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId id && id.normalized.equals(normalized);
    }

    @Override
    public int hashCode() {
        return normalized.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
