package cn.huiyin.deploy;

import cn.huiyin.chassis.ChassisDefaults;
import cn.huiyin.events.Topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the four services as its own configuration describes it: {@code <name>/src/main/resources/application.yml}
 * gives the port (and with the chassis's defaults, the management port), the database and the topics it consumes,
 * which is what compose and Kubernetes must match.
 */
record HuiyinService(String name, Map<String, Object> properties) {

    static final List<String> NAMES = List.of("intake-service", "case-service", "monitoring-service", "reporting-service");

    private static final Pattern INPUT =
            Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+-in-\\d+)\\.destination");

    static List<HuiyinService> all() {
        return NAMES.stream().map(HuiyinService::named).toList();
    }

    static HuiyinService named(String name) {
        Path yml = Checkout.resolve(name + "/src/main/resources/application.yml");
        return new HuiyinService(name, YamlDocuments.flatten(YamlDocuments.load(yml)));
    }

    /** intake-service seals callers' contacts, monitoring-service household heads' ID numbers, with one vault. */
    boolean sealsContacts() {
        return name.equals("intake-service") || name.equals("monitoring-service");
    }

    /** The HUIYIN_VAULT_* variables of an environment. */
    static Map<String, String> vaultVariables(Map<String, String> environment) {
        Map<String, String> vault = new TreeMap<>(environment);
        vault.keySet().removeIf(variable -> !variable.startsWith("HUIYIN_VAULT_"));
        return vault;
    }

    Path directory() {
        return Checkout.resolve(name);
    }

    int port() {
        return Integer.parseInt(String.valueOf(required("server.port")));
    }

    /** Where its health and metrics are: its own {@code management.server.port}, else the chassis's default. */
    int managementPort() {
        Object given = properties.get("management.server.port");
        return given != null ? Integer.parseInt(String.valueOf(given)) : ChassisDefaults.managementPort(port());
    }

    String database() {
        return String.valueOf(required("spring.mongodb.database"));
    }

    /** The topics of its consumer bindings ({@code <function>-in-<n>.destination}). */
    static final String READ_MODEL = "huiyin.reporting.streams.";

    List<String> consumedTopics() {
        return bindings().stream().map(binding -> String.valueOf(properties.get(binding + ".destination"))).toList();
    }

    /**
     * {@code <topic>.<group>.dlq} of each consumer binding, the group being the service's name unless given; for
     * reporting's read model (a Kafka Streams topology, no binder), one per topic under its dead-letter group.
     */
    List<String> deadLetterTopics() {
        List<String> topics = new ArrayList<>();
        Object readModelGroup = properties.get(READ_MODEL + "dead-letter-group");
        if (readModelGroup != null) {
            // every topic but reporting's own hotspot-detected and instruction-overdue, which the read model does not read
            Topics.ALL.stream().filter(topic -> !topic.equals(Topics.HOTSPOT_DETECTED)
                            && !topic.equals(Topics.INSTRUCTION_OVERDUE))
                    .forEach(topic -> topics.add(Topics.dlq(topic, String.valueOf(readModelGroup))));
        }
        for (String binding : bindings()) {
            Object group = properties.getOrDefault(binding + ".group", required("spring.application.name"));
            topics.add(Topics.dlq(String.valueOf(properties.get(binding + ".destination")), String.valueOf(group)));
        }
        return topics;
    }

    private List<String> bindings() {
        List<String> bindings = new ArrayList<>();
        for (String key : properties.keySet()) {
            Matcher input = INPUT.matcher(key);
            if (input.matches()) {
                bindings.add("spring.cloud.stream.bindings." + input.group(1));
            }
        }
        return bindings;
    }

    private Object required(String key) {
        Object value = properties.get(key);
        if (value == null) {
            throw new IllegalStateException(name + "'s application.yml has no " + key);
        }
        return value;
    }

    /** The read model's compacted output topics (reporting-service), which its MongoDB sink reads. */
    List<String> outputTopics() {
        List<String> topics = new ArrayList<>();
        for (String key : List.of("buckets-topic", "facts-topic")) {
            Object topic = properties.get(READ_MODEL + key);
            if (topic != null) {
                topics.add(String.valueOf(topic));
            }
        }
        return topics;
    }

    /** Every topic a consumer group of the platform reads or dead-letters into, in a stable order. */
    static List<String> allTopics() {
        List<String> topics = new ArrayList<>(Topics.ALL);
        all().forEach(service -> topics.addAll(service.deadLetterTopics()));
        all().forEach(service -> topics.addAll(service.outputTopics()));
        return topics;
    }
}
