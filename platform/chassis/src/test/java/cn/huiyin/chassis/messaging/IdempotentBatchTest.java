package cn.huiyin.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.OverdueStage;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.MongoCommands;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The batch form of the idempotent consumer, called as the binder calls a batch-mode consumer. */
@HuiyinServiceTest(classes = SampleApplication.class)
@Import(MongoCommands.Listening.class)
class IdempotentBatchTest {

    static final String BATCHES = "batch_counts";

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Autowired
    MongoCommands commands;

    final List<List<String>> handed = new CopyOnWriteArrayList<>();

    @Test
    void appliesEachEventOfABatchOnceAndLeavesOutARepeatAndARedelivery() {
        Batch batch = new Batch().event("a").event("b").again(0).event("c");

        accept(batch);
        accept(batch);

        assertThat(handed).containsExactly(List.of("a", "b", "c"));
        assertThat(count("a") + count("b") + count("c")).isEqualTo(3);
        assertThat(processed(batch)).isEqualTo(3);
    }

    @Test
    void takesTheSameCommandsForFiftyEventsAsForFive() {
        int small = commandsFor(batchOf(5));
        int large = commandsFor(batchOf(50));

        assertThat(large).isEqualTo(small);
        // one read of the processed ids, the handler's one bulk write, one insert of the new ids
        assertThat(small).isEqualTo(3);
    }

    @Test
    void appliesWhatComesBeforeAnUnreadableRecordAndNamesItsIndex() {
        Batch batch = new Batch().event("a").event("b").poison().event("d");

        assertThatThrownBy(() -> accept(batch)).isInstanceOf(BatchListenerFailedException.class)
                .satisfies(failure -> assertThat(((BatchListenerFailedException) failure).getIndex()).isEqualTo(2))
                .hasMessageContaining("not a valid");

        assertThat(handed).containsExactly(List.of("a", "b"));
        assertThat(count("d")).isZero();
    }

    @Test
    void findsTheEventTheHandlerFailsOnAndKeepsWhatCameBeforeIt() {
        Batch batch = new Batch().event("a").event("refused").event("c");

        assertThatThrownBy(() -> accept(batch)).isInstanceOf(BatchListenerFailedException.class)
                .satisfies(failure -> assertThat(((BatchListenerFailedException) failure).getIndex()).isEqualTo(1));

        assertThat(count("a")).isEqualTo(1);
        assertThat(count("c")).as("after the failed event: delivered again, not applied now").isZero();
        assertThat(processed(batch)).isEqualTo(1);
    }

    private int commandsFor(Batch batch) {
        int from = commands.mark();
        accept(batch);
        return commands.since(from, Set.of(ProcessedEvent.COLLECTION, BATCHES)).size();
    }

    private Batch batchOf(int size) {
        Batch batch = new Batch();
        for (int i = 0; i < size; i++) {
            batch.event("e" + i);
        }
        return batch;
    }

    /** Counts each case's event with one unordered bulk; refuses the case named "refused". */
    private void accept(Batch batch) {
        consumer.acceptBatch("batch-sample", EventContracts.CASE_OVERDUE, batch.message(), events -> {
            handed.add(events.stream().map(e -> e.payload().caseId().substring(batch.prefix.length())).toList());
            if (events.stream().anyMatch(e -> e.payload().caseId().endsWith("/refused"))) {
                return Mono.error(new IllegalStateException("refused"));
            }
            var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, BATCHES);
            events.forEach(e -> bulk.upsert(Query.query(Criteria.where("_id").is(e.payload().caseId())),
                    new Update().inc("count", 1)));
            return bulk.execute();
        });
    }

    private long count(String name) {
        Document counted = mongo.findById(lastPrefix + name, Document.class, BATCHES).block();
        return counted == null ? 0 : counted.getInteger("count");
    }

    private long processed(Batch batch) {
        return mongo.count(Query.query(Criteria.where("eventId").in(batch.ids)), ProcessedEvent.class).block();
    }

    String lastPrefix;

    /** Records as the binder hands them over in batch mode: raw payloads, each record's headers in one list. */
    class Batch {

        final String prefix = UUID.randomUUID() + "/";
        final List<byte[]> payloads = new ArrayList<>();
        final List<Map<String, Object>> headers = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        Batch() {
            lastPrefix = prefix;
        }

        Batch event(String name) {
            String caseId = prefix + name;
            CaseOverdue overdue = new CaseOverdue(caseId, "HY520526-20200305-000001", "520526",
                    OverdueStage.OVERDUE, Instant.parse("2020-03-30T00:00:00Z"), Instant.parse("2020-03-30T00:05:00Z"));
            return add(caseId, json.writeValueAsBytes(overdue));
        }

        Batch again(int index) {
            payloads.add(payloads.get(index));
            headers.add(headers.get(index));
            keys.add(keys.get(index));
            return this;
        }

        Batch poison() {
            return add(prefix + "poison", "{\"caseId\":\"x\",\"countyCode\":\"52052\"}".getBytes(StandardCharsets.UTF_8));
        }

        private Batch add(String key, byte[] payload) {
            CloudEventAttributes attributes = CloudEventAttributes.of(EventContracts.CASE_OVERDUE, key,
                    CloudEventAttributes.sourceOf("case-service"), Instant.now());
            ids.add(attributes.id());
            payloads.add(payload);
            headers.add(Map.copyOf(attributes.toHeaders()));
            keys.add(key);
            return this;
        }

        Message<List<byte[]>> message() {
            return MessageBuilder.withPayload(List.copyOf(payloads))
                    .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.copyOf(headers))
                    .setHeader(KafkaHeaders.RECEIVED_KEY, List.copyOf(keys))
                    .build();
        }
    }
}
