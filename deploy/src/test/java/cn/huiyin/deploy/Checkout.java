package cn.huiyin.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root: {@code huiyin.home} (set by deploy/pom.xml), or the first directory above with deploy/k8s. */
final class Checkout {

    private static final Path ROOT = locate();

    private Checkout() {
    }

    static Path root() {
        return ROOT;
    }

    static Path resolve(String relative) {
        return ROOT.resolve(relative).normalize();
    }

    /** A path as the repository names it, for messages. */
    static String relative(Path path) {
        return ROOT.relativize(path.toAbsolutePath().normalize()).toString();
    }

    private static Path locate() {
        Path start = Path.of(System.getProperty("huiyin.home", "")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy").resolve("k8s"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/k8s in " + start + " or above it");
    }
}
