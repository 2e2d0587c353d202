package cn.huiyin.intake.classification.model;

import java.text.Normalizer;
import java.util.Locale;

/** Brings operator-typed text and rule keywords to one form so that plain substring search is enough. */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** NFKC folds full-width letters, digits and spaces to half-width; whitespace is dropped entirely. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
