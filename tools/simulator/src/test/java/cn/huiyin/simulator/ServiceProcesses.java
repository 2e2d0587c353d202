package cn.huiyin.simulator;

import static org.awaitility.Awaitility.await;

import cn.huiyin.local.platform.EventTopics;
import cn.huiyin.local.tokens.VaultKeysCommand;

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
 * {@code ./huiyin}, on random free ports (an API port and a management port each), pointed at the given Kafka,
 * Mongo and signing key. The jars are found under {@code huiyin.home} (the reactor's root), or at
 * {@code -Dhuiyin.<service>.jar}. Also used by deploy's check of the dashboards against the running services (this
 * module's test-jar).
 */
public final class ServiceProcesses implements AutoCloseable {

    public static final List<String> SERVICES = List.of("intake-service", "case-service", "monitoring-service",
            "reporting-service");

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final java.util.Set<Integer> given = new java.util.HashSet<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, List<String>> commands = new LinkedHashMap<>();
    private final Map<String, Object> platform;
    private final String home;
    private final Path workDir;

    private ServiceProcesses(Map<String, Object> platform, String home, Path workDir) {
        this.platform = platform;
        this.home = home;
        this.workDir = workDir;
    }

    public static ServiceProcesses start(Map<String, Object> platform, Path workDir) throws IOException {
        String home = System.getProperty("huiyin.home", Path.of("../..").toAbsolutePath().normalize().toString());
        ServiceProcesses services = new ServiceProcesses(platform, home, workDir);
        Files.createDirectories(workDir.resolve("logs"));
        VaultKeysCommand.write(workDir.resolve("data/keys/vault.properties"));
        // as deploy/ does in production: no service creates a topic with a partition count of its own choosing
        EventTopics.create(String.valueOf(platform.get("spring.kafka.bootstrap-servers")), Duration.ofMinutes(2));
        try {
            for (String service : SERVICES) {
                services.startInstance(service, service, Map.of());
            }
        } catch (IOException | IllegalStateException e) {
            services.close();
            throw e;
        }
        return services;
    }

    /**
     * Starts one more process of {@code service}, named {@code instance}, with the platform's settings and these
     * (a second replica of reporting-service, or a reference one reading the topics into a database of its own).
     */
    public void startInstance(String instance, String service, Map<String, Object> settings) throws IOException {
        Path jar = Path.of(System.getProperty("huiyin." + service + ".jar",
                home + "/" + service + "/target/" + service + "-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the " + service + " jar is missing at " + jar + ": build it first"
                    + " (./mvnw -DskipTests package, or run ./mvnw verify from the root) or point -Dhuiyin."
                    + service + ".jar at it");
        }
        int port = freePort();
        int managementPort = freePort();
        ports.put(instance, port);
        managementPorts.put(instance, managementPort);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xms128m", "-Xmx640m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar",
                jar.toString(), "--server.port=" + port, "--management.server.port=" + managementPort));
        // one token for every simulated client in tests: the per-client limit is for real clients
        command.add("--huiyin.rate-limit.enabled=false");
        platform.forEach((key, value) -> command.add("--" + key + "=" + value));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        // the vault keys are read from data/keys/vault.properties in the working directory, as on ./huiyin up
        commands.put(instance, command);
        processes.put(instance, launch(instance));
    }

    private Process launch(String instance) throws IOException {
        return new ProcessBuilder(commands.get(instance)).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("logs/" + instance + ".log").toFile()))
                .start();
    }

    /** Kills the instance's process as a crash would (SIGKILL): no graceful shutdown, no offsets committed. */
    public void kill(String instance) throws InterruptedException {
        Process process = processes.get(instance);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the instance for good (SIGKILL) and forgets it: the readiness checks no longer wait for it. */
    public void discard(String instance) throws InterruptedException {
        kill(instance);
        processes.remove(instance);
    }

    /** Starts the instance again, on the same port with the same settings, and waits until all are ready. */
    public void restart(String instance, Duration timeout) throws IOException {
        processes.put(instance, launch(instance));
        awaitHealthy(timeout);
    }

    /** The instance's API. */
    public URI uri(String instance) {
        return URI.create("http://127.0.0.1:" + ports.get(instance));
    }

    /** The instance's management server (health, metrics), on loopback. */
    public URI managementUri(String instance) {
        return URI.create("http://127.0.0.1:" + managementPorts.get(instance));
    }

    /** The simulator's options for the four services' addresses and their management addresses. */
    public List<String> addressOptions() {
        List<String> options = new ArrayList<>();
        for (String[] service : new String[][] {{"intake", "intake-service"}, {"cases", "case-service"},
                {"monitoring", "monitoring-service"}, {"reporting", "reporting-service"}}) {
            options.addAll(List.of("--" + service[0], uri(service[1]).toString(),
                    "--" + service[0] + "-management", managementUri(service[1]).toString()));
        }
        return options;
    }

    /** Waits until every instance is ready, within {@code timeout} for all; fails at once when one stops. */
    public void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        processes.forEach((instance, process) -> await(instance + " ready; see " + log(instance))
                .atMost(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                .failFast(instance + " stopped while starting; see " + log(instance), () -> !process.isAlive())
                .until(() -> http.send(HttpRequest.newBuilder(
                                managementUri(instance).resolve("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200));
    }

    public Path log(String instance) {
        return workDir.resolve("logs/" + instance + ".log");
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
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

    /**
     * A port nobody listens on now and no process of these was given: the kernel may hand a port out again as soon as
     * its probe closes, before the process it was meant for binds it (a case-service once got intake-service's
     * management port and failed to start).
     */
    private synchronized int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (given.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }
}
