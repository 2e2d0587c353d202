package cn.huiyin.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository this module checks, found from {@code huiyin.home} (the reactor's root). */
final class Repository {

    static final Path HOME = Path.of(System.getProperty("huiyin.home", "..")).toAbsolutePath().normalize();

    private Repository() {
    }

    static Path path(String relative) {
        return HOME.resolve(relative);
    }

    /** Whether an executable of this name is on the PATH. */
    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
