package cn.huiyin.testkit;

import cn.huiyin.local.platform.LocalKafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Kafka broker on a port chosen before it exists, for tests in which a service starts while
 * Kafka is down and Kafka arrives later at the address the service was given.
 */
public final class KafkaOnPort implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private AutoCloseable running;

    private KafkaOnPort(int port) {
        this.port = port;
        this.controllerPort = freePort();
        try {
            this.dataDir = Files.createTempDirectory("huiyin-kafka-on-port");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reserves a free port; nothing listens there until {@link #start()}. */
    public static KafkaOnPort reserve() {
        return new KafkaOnPort(freePort());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized KafkaOnPort start() {
        try {
            running = LocalKafka.prepare(dataDir.resolve("kafka"), port, controllerPort).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws Exception {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
