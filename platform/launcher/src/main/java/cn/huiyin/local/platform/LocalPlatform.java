package cn.huiyin.local.platform;

import java.nio.file.Path;

/**
 * The embedded platform of a developer machine: a real Kafka broker (KRaft) and a MongoDB
 * wire-protocol server, in one process, with their data under one directory.
 *
 * <p>Usage: {@code java -jar huiyin-local.jar [--data ./data] [--kafka-port 9092]
 * [--controller-port 9093] [--mongo-port 27017]}.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        PlatformOptions options = PlatformOptions.parse(args);
        LocalMongo mongo = LocalMongo.start(options.dataDir().resolve("mongo"), options.mongoPort());
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "mongo-shutdown"));
        System.out.printf("mongo  listening on 127.0.0.1:%d (data %s)%n", options.mongoPort(),
                mongo.dataFile());
        LocalKafka kafka = LocalKafka.prepare(options.dataDir().resolve("kafka"), options.kafkaPort(),
                options.controllerPort());
        System.out.printf("kafka  starting on 127.0.0.1:%d (data %s)%n", options.kafkaPort(),
                kafka.logDir());
        // the event topics as production has them, created as soon as the broker answers (the services start later)
        Thread topics = new Thread(() -> EventTopics.create("127.0.0.1:" + options.kafkaPort(),
                java.time.Duration.ofMinutes(2)), "event-topics");
        topics.setDaemon(true);
        topics.start();
        // kafka.Kafka blocks until the broker shuts down and installs its own shutdown hook
        kafka.runUntilShutdown();
    }

    record PlatformOptions(Path dataDir, int kafkaPort, int controllerPort, int mongoPort) {

        static PlatformOptions parse(String[] args) {
            Path data = Path.of("data");
            int kafka = 9092;
            int controller = 9093;
            int mongo = 27017;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--data" -> data = Path.of(require(args[i], value));
                    case "--kafka-port" -> kafka = Integer.parseInt(require(args[i], value));
                    case "--controller-port" -> controller = Integer.parseInt(require(args[i], value));
                    case "--mongo-port" -> mongo = Integer.parseInt(require(args[i], value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            return new PlatformOptions(data.toAbsolutePath().normalize(), kafka, controller, mongo);
        }

        private static String require(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }
    }
}
