package cn.huiyin.reporting.analysis;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's Chinese typeface, shipped in the jar so that nothing depends on the fonts of the
 * machine: Noto Sans CJK SC, subset to GB 2312 with TrueType outlines (SIL OFL 1.1, fonts/OFL.txt).
 */
final class ReportFont {

    /** The family the page's style sheet and the charts' text ask for first. */
    static final String FAMILY = "Noto Sans CJK SC";
    static final String REGULAR = "fonts/NotoSansSC-Regular-GB2312.ttf";
    static final String BOLD = "fonts/NotoSansSC-Bold-GB2312.ttf";

    private ReportFont() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = ReportFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report's " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The family charts measure their labels in: this face, made known to Java2D, so that labels laid
     * out on the server fit where the PDF and the browser draw them in it, fonts on the server or not.
     */
    static String measuringFamily() {
        return Java2D.FAMILY;
    }

    /** Registered once, on first use. */
    private static final class Java2D {

        static final String FAMILY = register();

        private static String register() {
            try {
                Font face = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(REGULAR)));
                // false when the machine has the family already: then that one measures the same
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(face);
                return face.getFamily();
            } catch (FontFormatException | IOException | RuntimeException e) {
                return Font.SANS_SERIF;
            }
        }
    }
}
