package cn.huiyin.intake.classification.model;

import cn.huiyin.events.Category;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A call text with the categories a case officer gave it, read from a TSV file of the test resources. */
record LabelledCalls(Set<Category> expected, String content) {

    static List<LabelledCalls> read(String resource) {
        InputStream in = LabelledCalls.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing");
        }
        List<LabelledCalls> calls = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                if (columns.length != 2) {
                    throw new IllegalStateException("no tab in line: " + line);
                }
                Set<Category> expected = EnumSet.noneOf(Category.class);
                Arrays.stream(columns[0].split(",")).map(String::trim).map(Category::valueOf).forEach(expected::add);
                calls.add(new LabelledCalls(expected, columns[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return calls;
    }
}
