package cn.huiyin.reporting.projections;

import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.reporting.projections.model.BucketTotals;
import cn.huiyin.reporting.projections.sink.ReadModelWriter;
import cn.huiyin.reporting.projections.streams.JsonSerde;
import cn.huiyin.reporting.projections.streams.ReadModelMetrics;
import cn.huiyin.reporting.projections.streams.ReadModelTopics;
import cn.huiyin.reporting.projections.streams.ReadModelTopology;
import cn.huiyin.reporting.projections.streams.StoredFact;
import cn.huiyin.reporting.seed.Published;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;

import tools.jackson.databind.json.JsonMapper;

/**
 * The read model's topology in a {@link TopologyTestDriver}, with no broker: events go in as the services publish
 * them (CloudEvents headers, JSON), and what comes out is read back, or written by the sink's writer into MongoDB.
 */
public final class ReadModelHarness implements AutoCloseable {

    static final ReadModelTopics TOPICS = new ReadModelTopics("reporting-buckets", "reporting-facts");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, byte[]>> inputs = new LinkedHashMap<>();
    private final TestOutputTopic<String, byte[]> buckets;
    private final TestOutputTopic<String, byte[]> facts;
    private final MeterRegistry meters = new SimpleMeterRegistry();

    public ReadModelHarness() {
        // in-memory stores: the driver commits after every record, and RocksDB would flush a file each time
        ReadModelTopology topology = new ReadModelTopology(TOPICS, "reporting-service", JSON, Duration.ofDays(15), Duration.ofHours(24),
                new ReadModelMetrics(meters, "reporting-service"), Stores::inMemoryKeyValueStore);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "read-model-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        try {
            properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("read-model-test").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = new TopologyTestDriver(topology.build(3), properties);
        for (String topic : ReadModelTopology.INPUT_TOPICS) {
            inputs.put(topic, driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer()));
        }
        buckets = driver.createOutputTopic(TOPICS.buckets(), new StringDeserializer(), new ByteArrayDeserializer());
        facts = driver.createOutputTopic(TOPICS.facts(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    public void publish(List<Published> events) {
        events.forEach(event -> publish(event.topic(), event.key(), event.attributes(), event.payload()));
    }

    /** One event with a fresh id, as its producer would publish it now. */
    public void publish(Record event) {
        var contract = EventContracts.forEvent(event);
        publish(contract.topic(), contract.keyOf(event), CloudEventAttributes.of(contract, contract.keyOf(event),
                CloudEventAttributes.sourceOf("test"), java.time.Instant.now()), event);
    }

    public void publish(String topic, String key, CloudEventAttributes attributes, Record event) {
        RecordHeaders headers = new RecordHeaders();
        attributes.toHeaders().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        pipe(topic, new TestRecord<>(key, JSON.writeValueAsBytes(event), headers));
    }

    public void pipe(String topic, TestRecord<String, byte[]> record) {
        inputs.get(topic).pipeInput(record);
    }

    public TestOutputTopic<String, byte[]> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The newest totals of every bucket published since the last read. */
    public Map<String, BucketTotals> buckets() {
        Map<String, BucketTotals> newest = new LinkedHashMap<>();
        buckets.readRecordsToList().forEach(record -> newest.put(record.key(),
                JsonSerde.of(BucketTotals.class).deserializer().deserialize(TOPICS.buckets(), record.value())));
        return newest;
    }

    /** The newest fact of every case published since the last read. */
    public Map<String, StoredFact> facts() {
        Map<String, StoredFact> newest = new LinkedHashMap<>();
        facts.readRecordsToList().forEach(record -> newest.put(record.key(),
                JsonSerde.of(StoredFact.class).deserializer().deserialize(TOPICS.facts(), record.value())));
        return newest;
    }

    /** Writes what came out since the last read into MongoDB, as the sink would. */
    public void sinkInto(ReadModelWriter writer) {
        writer.write(buckets(), facts()).block(Duration.ofMinutes(1));
    }

    public MeterRegistry meters() {
        return meters;
    }

    @Override
    public void close() {
        driver.close();
    }
}
