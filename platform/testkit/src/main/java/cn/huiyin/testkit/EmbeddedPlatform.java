package cn.huiyin.testkit;

import cn.huiyin.local.platform.IdIndexedMemoryBackend;
import cn.huiyin.local.tokens.JwtKeys;
import cn.huiyin.local.tokens.TokenMinter;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft), one in-memory MongoDB wire server and one signing key per test
 * JVM: started on first use, shared by every Spring context of the run, stopped at exit.
 */
public final class EmbeddedPlatform {

    private static EmbeddedPlatform instance;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final String mongoUri;
    private final JwtKeys keys;
    private final Path publicKey;

    private EmbeddedPlatform() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        // reporting's read model processes exactly once: its transactions need a log one broker can hold
        kafka.brokerProperty("transaction.state.log.replication.factor", "1");
        kafka.brokerProperty("transaction.state.log.min.isr", "1");
        kafka.afterPropertiesSet();
        MemoryBackend backend = new IdIndexedMemoryBackend();
        mongo = new MongoServer(backend);
        InetSocketAddress address = mongo.bind();
        mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        keys = JwtKeys.generate();
        try {
            publicKey = keys.writeTo(Files.createTempDirectory("huiyin-test-keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized EmbeddedPlatform get() {
        if (instance == null) {
            instance = new EmbeddedPlatform();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "embedded-platform-stop"));
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public EmbeddedKafkaKraftBroker kafka() {
        return kafka;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public TokenMinter tokens() {
        return new TokenMinter(keys);
    }

    /** The directory of the signing key pair, as {@code ./huiyin} keeps it in data/keys (for clients that mint). */
    public Path keysDirectory() {
        return publicKey.getParent();
    }

    /** The properties that point a Huiyin service at this platform. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", mongoUri);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", publicKey.toUri().toString());
        return properties;
    }

    private void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
