package cn.huiyin.regions;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a functional-areas file. Fields are separated by spaces or tabs; two record kinds:
 *
 * <pre>
 * area     &lt;area-code&gt; &lt;city-code&gt; &lt;name&gt;
 * township &lt;area-code&gt; &lt;township-code&gt; &lt;township name as in the division data&gt;
 * </pre>
 *
 * The township name is redundant on purpose: {@link RegionIndex} checks it against the data, so
 * a mistyped code fails at start-up instead of silently moving the wrong township.
 */
final class FunctionalAreasReader {

    static final String SOURCE = "functional-areas";

    /** One declared area; {@code townships} maps township code to expected name. */
    record Declaration(int line, String code, String cityCode, String name, Map<String, String> townships) {
    }

    private FunctionalAreasReader() {
    }

    static List<Declaration> read(InputStream in) {
        Map<String, Declaration> areas = new LinkedHashMap<>();
        for (DataLines.Line line : DataLines.read(in, SOURCE)) {
            String[] fields = line.text().split("\\s+");
            if (fields.length != 4) {
                throw line.error(SOURCE, "expected 4 fields: area|township, area code, city|township code, name");
            }
            String areaCode = requireCode(line, fields[1], RegionLevel.COUNTY);
            switch (fields[0]) {
                case "area" -> {
                    String cityCode = requireCode(line, fields[2], RegionLevel.CITY);
                    Declaration declaration = new Declaration(line.number(), areaCode, cityCode, fields[3],
                            new LinkedHashMap<>());
                    if (areas.putIfAbsent(areaCode, declaration) != null) {
                        throw line.error(SOURCE, "area " + areaCode + " is declared twice");
                    }
                }
                case "township" -> {
                    Declaration area = areas.get(areaCode);
                    if (area == null) {
                        throw line.error(SOURCE, "township refers to area " + areaCode + ", not declared above");
                    }
                    String townshipCode = requireCode(line, fields[2], RegionLevel.TOWNSHIP);
                    if (area.townships().putIfAbsent(townshipCode, fields[3]) != null) {
                        throw line.error(SOURCE, "township " + townshipCode + " is listed twice");
                    }
                }
                default -> throw line.error(SOURCE, "unknown record kind '" + fields[0] + "'");
            }
        }
        return List.copyOf(areas.values());
    }

    private static String requireCode(DataLines.Line line, String code, RegionLevel level) {
        if (!RegionCode.isWellFormed(code) || code.length() != level.digits()) {
            throw line.error(SOURCE, "expected a " + level.digits() + "-digit " + level + " code, got '" + code + "'");
        }
        return code;
    }
}
