package cn.huiyin.intake.calls.model;

/**
 * The call's text as the operator typed it, less control characters (which break exports and
 * terminals) and with line breaks unified. HTML is not escaped here: it is escaped where rendered.
 */
public final class ContentText {

    public static final int MAX_LENGTH = 4000;

    private ContentText() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder text = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(text::appendCodePoint);
        return text.toString().strip();
    }

    /** Length as a reader counts characters: code points, so one emoji or rare hanzi is one. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
