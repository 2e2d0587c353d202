package cn.huiyin.local.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka in KRaft combined mode. The storage is formatted on first start only, so
 * topics and offsets survive restarts.
 */
public final class LocalKafka {

    private final Path logDir;
    private final Path config;

    private LocalKafka(Path logDir, Path config) {
        this.logDir = logDir;
        this.config = config;
    }

    public static LocalKafka prepare(Path logDir, int port, int controllerPort) throws IOException {
        Files.createDirectories(logDir);
        Path config = logDir.resolveSibling("kafka-server.properties");
        Files.writeString(config, render(serverProperties(logDir, port, controllerPort)));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config);
        }
        return new LocalKafka(logDir, config);
    }

    static Map<String, String> serverProperties(Path logDir, int port, int controllerPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // every event is kept: reporting's read model is rebuilt from the topics (./huiyin reporting rebuild)
        p.put("log.retention.ms", "-1");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private static String render(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "# written by huiyin-local on every start\n", "\n"));
    }

    private static void format(Path config) {
        String clusterId = Uuid.randomUuid().toString();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int exit = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()}, quiet);
        if (exit != 0) {
            throw new IllegalStateException("formatting Kafka storage failed with exit code " + exit);
        }
    }

    void runUntilShutdown() {
        kafka.Kafka.main(new String[] {config.toString()});
    }

    /** Starts the broker in this JVM and returns it, for tests that stop and restart Kafka. */
    public AutoCloseable start() throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(config)) {
            properties.load(reader);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        return () -> {
            server.shutdown();
            server.awaitShutdown();
        };
    }

    Path logDir() {
        return logDir;
    }
}
