package cn.huiyin.bench.results;

import cn.huiyin.bench.machine.ProcessMemory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The figures one benchmark measured, written as JSON for {@code bench/run suite} (option {@code --json FILE}),
 * so the suite's table is built from numbers, not from parsed text. Not-a-number becomes {@code null}.
 */
public final class Figures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> values = new LinkedHashMap<>();

    public Figures put(String name, Object value) {
        boolean notANumber = value instanceof Double d && (d.isNaN() || d.isInfinite());
        values.put(name, notANumber ? null : value);
        return this;
    }

    public Map<String, Object> values() {
        return values;
    }

    /** Writes the figures and this JVM's peak RSS to {@code file}; nothing when {@code file} is null. */
    public void write(Path file) throws Exception {
        if (file == null) {
            return;
        }
        put("benchPeakRssKb", ProcessMemory.peakRssKb(ProcessHandle.current().pid()));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), values);
    }

    /** A figures file as a map, or an empty map when the part did not write one (it failed or was skipped). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(File file) {
        if (!file.isFile()) {
            return Map.of();
        }
        return JSON.readValue(file, LinkedHashMap.class);
    }

    public static String json(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
