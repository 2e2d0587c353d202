package cn.huiyin.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four services as separate processes started from their built jars, with the JVM flags of
 * {@code ./huiyin}, on random free ports, pointed at the given Kafka, Mongo and signing key. The jars
 * are found under {@code huiyin.home} (the reactor's root), or at {@code -Dhuiyin.<service>.jar}.
 */
final class ServiceProcesses implements AutoCloseable {

    static final List<String> SERVICES = List.of("intake-service", "case-service", "monitoring-service",
            "reporting-service");

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path workDir;

    private ServiceProcesses(Path workDir) {
        this.workDir = workDir;
    }

    static ServiceProcesses start(Map<String, Object> platform, Path workDir) throws IOException {
        String home = System.getProperty("huiyin.home", Path.of("../..").toAbsolutePath().normalize().toString());
        ServiceProcesses services = new ServiceProcesses(workDir);
        Files.createDirectories(workDir.resolve("logs"));
        writeVaultKeys(workDir);
        for (String service : SERVICES) {
            Path jar = Path.of(System.getProperty("huiyin." + service + ".jar",
                    home + "/" + service + "/target/" + service + "-0.1.0-SNAPSHOT.jar"));
            if (!Files.isRegularFile(jar)) {
                services.close();
                throw new IllegalStateException("the " + service + " jar is missing at " + jar + ": build it first"
                        + " (./mvnw -DskipTests package, or run ./mvnw verify from the root) or point -Dhuiyin."
                        + service + ".jar at it");
            }
            int port = freePort();
            services.ports.put(service, port);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xms128m", "-Xmx640m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar",
                    jar.toString(), "--server.port=" + port));
            platform.forEach((key, value) -> command.add("--" + key + "=" + value));
            // the vault keys are read from data/keys/vault.properties in the working directory, as on ./huiyin up
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve("logs/" + service + ".log").toFile())
                    .start();
            services.processes.add(process);
        }
        return services;
    }

    URI uri(String service) {
        return URI.create("http://127.0.0.1:" + ports.get(service));
    }

    void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String service : SERVICES) {
            while (true) {
                Process process = processes.get(SERVICES.indexOf(service));
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " stopped while starting; see " + log(service));
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            uri(service).resolve("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (IOException starting) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + " not ready after " + timeout + "; see " + log(service));
                }
                Thread.sleep(1_000);
            }
        }
    }

    Path log(String service) {
        return workDir.resolve("logs/" + service + ".log");
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void writeVaultKeys(Path workDir) throws IOException {
        Path keys = workDir.resolve("data/keys");
        Files.createDirectories(keys);
        java.security.SecureRandom random = new java.security.SecureRandom();
        byte[] aes = new byte[32];
        byte[] hmac = new byte[32];
        random.nextBytes(aes);
        random.nextBytes(hmac);
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        Files.writeString(keys.resolve("vault.properties"), "huiyin.vault.keys.e2e1=" + base64.encodeToString(aes)
                + "\nhuiyin.vault.active-key=e2e1\nhuiyin.vault.hmac-key=" + base64.encodeToString(hmac) + "\n");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
