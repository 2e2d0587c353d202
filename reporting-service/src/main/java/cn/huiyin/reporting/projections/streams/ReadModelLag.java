package cn.huiyin.reporting.projections.streams;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.beans.factory.DisposableBean;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * How far the read model is behind the topics, in records, stage by stage: the six topics not yet read by the
 * topology ({@code input}), its repartition topics ({@code internal}), and its output not yet written into MongoDB
 * ({@code sink}). Zero everywhere means the reports show every event published so far. Read from the committed
 * offsets of the two consumer groups against the topics' ends, so it is the same whichever replica answers.
 */
public class ReadModelLag implements DisposableBean {

    /** Records waiting at each stage. */
    public record Lag(long input, long internal, long sink) {

        public long total() {
            return input + internal + sink;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Admin admin;
    private final StreamsSettings settings;
    private final Map<String, AtomicLong> gauges = new HashMap<>();

    public ReadModelLag(Map<String, Object> kafka, StreamsSettings settings, MeterRegistry meters) {
        this.admin = AdminClients.create(kafka, "huiyin-read-model-lag", TIMEOUT);
        this.settings = settings;
        for (String stage : List.of("input", "internal", "sink")) {
            AtomicLong value = new AtomicLong(-1);
            gauges.put(stage, value);
            Gauge.builder("huiyin.reporting.lag", value, AtomicLong::get).baseUnit("records")
                    .description("records the read model has not yet applied, by stage (-1: not known yet)")
                    .tag("stage", stage).register(meters);
        }
    }

    /** Measures now and updates the gauges. */
    public Mono<Lag> measure() {
        return Mono.fromCallable(this::measureNow).subscribeOn(Schedulers.boundedElastic()).doOnNext(lag -> {
            gauges.get("input").set(lag.input());
            gauges.get("internal").set(lag.internal());
            gauges.get("sink").set(lag.sink());
        });
    }

    /** True when every record published so far is in MongoDB's read model. */
    public boolean caughtUp() {
        return measure().block(TIMEOUT.multipliedBy(3)).total() == 0;
    }

    private Lag measureNow() throws InterruptedException, ExecutionException, TimeoutException {
        String app = settings.applicationId();
        List<String> internal = List.of(app + "-" + ReadModelTopology.BY_CASE + "-repartition",
                app + "-" + ReadModelTopology.BY_BUCKET + "-repartition");
        List<String> output = List.of(settings.bucketsTopic(), settings.factsTopic());
        Map<TopicPartition, OffsetAndMetadata> streamsCommitted = committed(app);
        Map<TopicPartition, OffsetAndMetadata> sinkCommitted = committed(settings.sinkGroup());
        return new Lag(behind(ReadModelTopology.INPUT_TOPICS, streamsCommitted),
                behind(internal, streamsCommitted), behind(output, sinkCommitted));
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return offsets == null ? Map.of() : offsets;
    }

    /** Committed transactions only: a transaction's marker or an aborted record is nothing to wait for. */
    private long behind(List<String> topics, Map<TopicPartition, OffsetAndMetadata> committed)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            partitions.addAll(partitions(topic));
        }
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        partitions.forEach(partition -> {
            latest.put(partition, OffsetSpec.latest());
            earliest.put(partition, OffsetSpec.earliest());
        });
        ListOffsetsOptions committedOnly = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest, committedOnly).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        long behind = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done != null ? done.offset() : starts.get(partition).offset();
            behind += Math.max(0, ends.get(partition).offset() - from);
        }
        return behind;
    }

    private Set<TopicPartition> partitions(String topic) throws InterruptedException, ExecutionException,
            TimeoutException {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            Set<TopicPartition> partitions = new java.util.HashSet<>();
            description.partitions().forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            return partitions;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Set.of(); // not created yet: nothing published there, nothing to wait for
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(5));
    }
}
