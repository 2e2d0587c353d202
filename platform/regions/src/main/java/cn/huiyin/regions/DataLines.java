package cn.huiyin.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module's line-oriented text files: UTF-8, {@code #} starts a comment, blank lines
 * are ignored. Line numbers are kept so that configuration errors can point at the line.
 */
final class DataLines {

    record Line(int number, String text) {
        IllegalArgumentException error(String source, String message) {
            return new IllegalArgumentException(source + " line " + number + ": " + message + " [" + text + "]");
        }
    }

    private DataLines() {
    }

    /** Reads all content lines; the stream is read to the end but not closed (the caller owns it). */
    static List<Line> read(InputStream in, String source) {
        if (in == null) {
            throw new IllegalArgumentException(source + " is missing");
        }
        List<Line> lines = new ArrayList<>();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                int hash = raw.indexOf('#');
                String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
                if (!text.isEmpty()) {
                    lines.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return lines;
    }
}
