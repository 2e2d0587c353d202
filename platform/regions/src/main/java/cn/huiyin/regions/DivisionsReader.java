package cn.huiyin.regions;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses {@code divisions.tsv}: one {@code code<TAB>name} line per official division, province to
 * township. Parents are not stored; they follow from code prefixes (checked by {@link RegionIndex}).
 */
final class DivisionsReader {

    static final String SOURCE = "divisions";

    private DivisionsReader() {
    }

    /** Canonical code to name, in file order. */
    static Map<String, String> read(InputStream in) {
        Map<String, String> names = new LinkedHashMap<>();
        for (DataLines.Line line : DataLines.read(in, SOURCE)) {
            String[] fields = line.text().split("\t");
            if (fields.length != 2 || fields[1].isBlank()) {
                throw line.error(SOURCE, "expected code<TAB>name");
            }
            String code = fields[0].strip();
            if (!RegionCode.isWellFormed(code) || RegionCode.levelOf(code) == RegionLevel.VILLAGE) {
                throw line.error(SOURCE, "expected a 2, 4, 6 or 9 digit code, got '" + code + "'");
            }
            if (names.putIfAbsent(code, fields[1].strip()) != null) {
                throw line.error(SOURCE, "duplicate code " + code);
            }
        }
        return names;
    }
}
