package cn.huiyin.regions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Access to the data files bundled in the jar, next to this class. */
final class BundledRegions {

    static final String DIVISIONS = "divisions.tsv";
    static final String FUNCTIONAL_AREAS = "functional-areas.txt";

    private BundledRegions() {
    }

    /** The shared default registry, parsed on first use (class initialisation is thread-safe). */
    static RegionRegistry standard() {
        return Holder.INSTANCE;
    }

    static RegionRegistry withFunctionalAreas(Path functionalAreasFile) {
        try (InputStream divisions = open(DIVISIONS);
             InputStream areas = Files.newInputStream(functionalAreasFile)) {
            return RegionRegistry.load(divisions, areas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + functionalAreasFile, e);
        }
    }

    static InputStream open(String name) {
        InputStream in = BundledRegions.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from the classpath");
        }
        return in;
    }

    private static final class Holder {
        static final RegionRegistry INSTANCE = load();

        private static RegionRegistry load() {
            try (InputStream divisions = open(DIVISIONS); InputStream areas = open(FUNCTIONAL_AREAS)) {
                return RegionRegistry.load(divisions, areas);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled region data", e);
            }
        }
    }
}
