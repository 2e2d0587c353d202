package cn.huiyin.reporting.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Counts the rows of each sheet of an .xlsx by scanning its XML as it inflates, so that a ledger
 * of 100,000 rows can be checked without loading it into Apache POI's object model.
 */
final class XlsxRows {

    private static final byte[] ROW = "<row ".getBytes();

    private XlsxRows() {
    }

    /** {@code xl/worksheets/sheet1.xml → rows}, header rows included. */
    static Map<String, Long> perSheet(Path xlsx) throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().matches("xl/worksheets/sheet\\d+\\.xml")) {
                    try (InputStream xml = new BufferedInputStream(zip.getInputStream(entry))) {
                        rows.put(entry.getName(), count(xml));
                    }
                }
            }
        }
        return rows;
    }

    private static long count(InputStream xml) throws IOException {
        long found = 0;
        int matched = 0;
        for (int b = xml.read(); b >= 0; b = xml.read()) {
            // '<' occurs only at the start of the pattern, so a mismatch restarts at this byte
            matched = b == ROW[matched] ? matched + 1 : b == ROW[0] ? 1 : 0;
            if (matched == ROW.length) {
                found++;
                matched = 0;
            }
        }
        return found;
    }
}
