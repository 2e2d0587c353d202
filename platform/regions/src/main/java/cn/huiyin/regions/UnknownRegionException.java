package cn.huiyin.regions;

/**
 * A region code that cannot be resolved. It extends {@link IllegalArgumentException} because
 * the code always comes from the caller; {@link #reason()} lets callers (e.g. an intake form)
 * tell a typo from a code that is simply not in the data.
 */
public class UnknownRegionException extends IllegalArgumentException {

    /** Why a code was refused. */
    public enum Reason {
        /** Null, blank, non-digits, or not 2, 4, 6, 9 or 12 digits long. */
        MALFORMED,
        /** Well-formed, but no such division or functional area exists. */
        UNKNOWN,
        /** A 12-digit village code whose township (its first 9 digits) does not exist. */
        UNKNOWN_TOWNSHIP
    }

    private final Reason reason;
    private final String code;

    public UnknownRegionException(Reason reason, String code, String message) {
        super(message);
        this.reason = reason;
        this.code = code;
    }

    public Reason reason() {
        return reason;
    }

    /** The code as the caller gave it (may be null or blank for {@link Reason#MALFORMED}). */
    public String code() {
        return code;
    }
}
