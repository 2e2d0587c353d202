package cn.huiyin.intake.calls.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which charset a hotline's export is in: the one the request names, else UTF-8 when the first
 * 64 KB decode as UTF-8, else GB18030 (what Chinese spreadsheet software writes by default).
 */
final class CsvCharset {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 64 * 1024;

    private CsvCharset() {
    }

    static Charset detect(BufferedInputStream in, Charset declared) throws IOException {
        if (declared != null) {
            return declared;
        }
        in.mark(SNIFF + 1);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        return isUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8 : GB18030;
    }

    private static boolean isUtf8(byte[] head, boolean truncated) {
        int length = head.length;
        if (truncated) {
            // the sample may end inside a multi-byte character: drop its incomplete tail
            int i = length - 1;
            while (i > 0 && i > length - 4 && (head[i] & 0xC0) == 0x80) {
                i--;
            }
            if ((head[i] & 0x80) != 0) {
                length = i;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
