package cn.huiyin.deploy;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus (the Debian package's binary) on a loopback port, running deploy/prometheus's own
 * configuration with the services' jobs pointed at local ports, the rules of deploy/prometheus/rules, and a
 * one-second scrape and evaluation interval.
 */
final class PrometheusProcess implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final URI uri;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusProcess(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    /** Starts Prometheus scraping each job of {@code targets} (job name to host:port) and waits until it is ready. */
    static PrometheusProcess start(Map<String, String> targets, Path workDir) throws IOException {
        int port = freePort();
        Path config = workDir.resolve("prometheus.yml");
        Files.writeString(config, configuration(targets, "127.0.0.1:" + port));
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder("prometheus", "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=1d")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusProcess prometheus = new PrometheusProcess(process, URI.create("http://127.0.0.1:" + port), log);
        await("Prometheus ready; see " + log).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .failFast("Prometheus stopped; see " + log, () -> !process.isAlive())
                .until(() -> prometheus.get("/-/ready").statusCode() == 200);
        return prometheus;
    }

    /** deploy/prometheus/prometheus.yml with the given targets per job and the repository's rule files. */
    @SuppressWarnings("unchecked")
    static String configuration(Map<String, String> targets, String self) throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(Checkout.resolve("deploy/prometheus/prometheus.yml")));
        Map<String, Object> global = (Map<String, Object>) config.get("global");
        global.put("scrape_interval", "1s");
        global.put("scrape_timeout", "1s");
        global.put("evaluation_interval", "1s");
        config.put("rule_files", List.of(Checkout.resolve("deploy/prometheus/rules").toAbsolutePath() + "/*.yml"));
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            String name = (String) job.get("job_name");
            String target = "prometheus".equals(name) ? self : targets.get(name);
            if (target == null) {
                throw new IllegalStateException("no local target for the job " + name + " of prometheus.yml");
            }
            Map<String, Object> local = new LinkedHashMap<>(job);
            local.remove("dns_sd_configs");
            local.put("static_configs", List.of(Map.of("targets", List.of(target))));
            jobs.add(local);
        }
        config.put("scrape_configs", jobs);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(config);
    }

    /** The {@code data} of an API answer; fails with Prometheus's error when the status is not success. */
    JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asString(""))) {
            throw new IllegalStateException(body.path("errorType").asString("") + ": " + body.path("error").asString(""));
        }
        return body.path("data");
    }

    /** The result of an instant query at the current time. */
    JsonNode query(String promql) throws IOException, InterruptedException {
        return api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).path("result");
    }

    /** The values of a label among the series that match the selector (Grafana's {@code label_values}). */
    List<String> labelValues(String label, String selector) throws IOException, InterruptedException {
        List<String> values = new ArrayList<>();
        api("/api/v1/label/" + label + "/values?match[]=" + URLEncoder.encode(selector, StandardCharsets.UTF_8))
                .forEach(value -> values.add(value.asString()));
        return values;
    }

    Path log() {
        return log;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
