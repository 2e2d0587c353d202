package cn.huiyin.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Tools the checks use when this machine has them (kubectl, docker-compose). */
final class Executables {

    private Executables() {
    }

    static Optional<Path> onPath(String executable) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, executable))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
