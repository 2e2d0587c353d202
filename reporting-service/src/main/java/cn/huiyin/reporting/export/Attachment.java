package cn.huiyin.reporting.export;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download whose name is Chinese: an ASCII {@code filename}
 * for old clients and the real name as {@code filename*} (RFC 6266, RFC 8187), which browsers prefer.
 */
final class Attachment {

    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Attachment() {
    }

    static String disposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_")
                + "\"; filename*=UTF-8''" + encode(name);
    }

    /** Percent-encodes every UTF-8 byte that is not an RFC 8187 attr-char. */
    static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return encoded.toString();
    }
}
