package cn.huiyin.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The compose command line on this machine, if any: docker-compose (v1) or the docker compose plugin (v2). */
final class DockerCompose {

    record Result(int exitCode, String output) {
    }

    private DockerCompose() {
    }

    static Optional<List<String>> command() {
        Optional<Path> v1 = Executables.onPath("docker-compose");
        if (v1.isPresent()) {
            return Optional.of(List.of(v1.get().toString()));
        }
        return Executables.onPath("docker").map(docker -> List.of(docker.toString(), "compose"))
                .filter(command -> run(concat(command, "version")).exitCode() == 0);
    }

    static Result run(List<String> command) {
        try {
            Path output = Files.createTempFile("compose", ".out");
            Process process = new ProcessBuilder(command).directory(Checkout.root().toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, "timed out: " + command);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    static List<String> concat(List<String> command, String... arguments) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(arguments));
        return all;
    }
}
