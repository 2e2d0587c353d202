package cn.huiyin.intake.calls.web;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a CSV row longer than a limit while it is read, rather than after the parser has collected it: a
 * 20 MiB field was read whole into memory before. The parser tells it each time it has returned a row
 * ({@link #rowDone}); what it reads ahead of a row (a buffer) counts towards the next one.
 */
final class RowLimitedReader extends FilterReader {

    /** Thrown through the parser's read; the handler answers 413 naming the row's line. */
    static final class RowTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        RowTooLarge(int limit) {
            super("a row is longer than " + (limit / 1024) + " KB");
        }
    }

    private final int limit;
    private long sinceLastRow;

    RowLimitedReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    void rowDone() {
        sinceLastRow = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int chars) throws RowTooLarge {
        sinceLastRow += chars;
        if (sinceLastRow > limit) {
            throw new RowTooLarge(limit);
        }
    }
}
