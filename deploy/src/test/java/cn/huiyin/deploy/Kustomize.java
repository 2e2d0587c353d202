package cn.huiyin.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code kubectl kustomize <dir>}, the way an operator renders the manifests. kubectl is the one on the PATH,
 * or -Dhuiyin.kubectl=/path/to/kubectl (to try another version). Each directory is rendered once per JVM.
 */
final class Kustomize {

    static final String PRODUCTION = "deploy/k8s/overlays/production";

    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Optional<Path> kubectl() {
        String configured = System.getProperty("huiyin.kubectl", "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return Executables.onPath("kubectl");
    }

    static String missingKubectl() {
        return "kubectl is not on the PATH: the Kubernetes manifests were not rendered, so these checks are skipped"
                + " (CI installs kubectl; -Dhuiyin.kubectl=/path/to/kubectl names one)";
    }

    /** The rendered documents of a kustomization directory relative to the repository root. */
    static List<Map<String, Object>> render(String directory) {
        return RENDERED.computeIfAbsent(directory, Kustomize::run);
    }

    private static List<Map<String, Object>> run(String directory) {
        Path kubectl = kubectl().orElseThrow(() -> new IllegalStateException(missingKubectl()));
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory)
                    .directory(Checkout.root().toFile())
                    .redirectError(errors.toFile())
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed:\n" + Files.readString(errors));
            }
            Files.delete(errors);
            return YamlDocuments.loadAll(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
