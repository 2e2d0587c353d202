package cn.huiyin.local.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.testkit.TopicProbe;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dead letters written the way the binder writes them, listed and re-driven against the embedded broker. */
class DeadLetterBoxTest {

    static final String POISON = "{\"callId\":\"c-1\",\"countyCode\":\"52052\",\"maskedPhone\":\"138****0000\"}";

    String original;
    String dlq;
    String ceId;
    DeadLetterBox box;

    @BeforeEach
    void aDeadLetter() throws Exception {
        original = "fault-" + UUID.randomUUID();
        dlq = original + ".test-service.dlq";
        ceId = UUID.randomUUID().toString();
        box = new DeadLetterBox(EmbeddedPlatform.get().kafkaBootstrapServers());
        deadLetter("c-1", POISON, "countyCode must be a county code (6 digits) but was 52052");
    }

    @AfterEach
    void close() {
        box.close();
    }

    @Test
    void listsDeadLettersWithTheirReasonAndOrigin() {
        List<DeadLetter> letters = box.list(original, "test-service");

        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.dlqTopic()).isEqualTo(dlq);
            assertThat(letter.key()).isEqualTo("c-1");
            assertThat(letter.originalTopic()).isEqualTo(original);
            assertThat(letter.originalPartition()).isZero();
            assertThat(letter.originalOffset()).isEqualTo(41L);
            assertThat(letter.ceType()).isEqualTo("cn.huiyin.case.received.v1");
            assertThat(letter.ceId()).isEqualTo(ceId);
            assertThat(letter.reason()).isEqualTo("countyCode must be a county code (6 digits) but was 52052");
            assertThat(letter.replayed()).isFalse();
        });
        assertThat(box.list(original, "another-service")).isEmpty();
    }

    @Test
    void replaysADeadLetterToItsOriginalTopicWithItsEventHeadersAndWithoutItsFailure() {
        try (TopicProbe topic = TopicProbe.on(original)) {
            List<DeadLetter> sent = box.replay(dlq, null, null, false);

            assertThat(sent).hasSize(1);
            List<ConsumerRecord<String, byte[]>> replayed = topic.await(r -> true, 1, Duration.ofSeconds(30));
            assertThat(replayed).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("c-1");
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(POISON);
                assertThat(TopicProbe.header(record, "ce_id")).isEqualTo(ceId);
                assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("cn.huiyin.case.received.v1");
                assertThat(TopicProbe.header(record, "x-huiyin-replayed-from")).isEqualTo(dlq + "/0/0");
                assertThat(record.headers()).noneMatch(header -> header.key().startsWith("x-exception-")
                        || header.key().startsWith("x-original-"));
            });
        }
    }

    @Test
    void aSecondReplaySendsNothingAgain() {
        assertThat(box.replay(dlq, null, null, false)).hasSize(1);

        assertThat(box.replay(dlq, null, null, false)).isEmpty();
        assertThat(box.list(dlq, null)).singleElement().extracting(DeadLetter::replayed).isEqualTo(true);
        try (TopicProbe topic = TopicProbe.on(original)) {
            assertThat(topic.drain(r -> true, Duration.ofSeconds(3))).hasSize(1);
        }
    }

    @Test
    void replaysOneDeadLetterByItsOffsetAndLeavesTheOthers() throws Exception {
        deadLetter("c-2", "{\"callId\":\"c-2\"}", "second");

        assertThat(box.replay(dlq, 0, 1L, false)).extracting(DeadLetter::key).containsExactly("c-2");

        assertThat(box.list(dlq, null)).extracting(DeadLetter::key, DeadLetter::replayed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", false),
                        org.assertj.core.groups.Tuple.tuple("c-2", true));
        assertThat(box.replay(dlq, null, null, false)).extracting(DeadLetter::key).containsExactly("c-1");
    }

    @Test
    void aDryRunShowsWhatWouldBeSentAndSendsNothing() {
        assertThat(box.replay(dlq, null, null, true)).hasSize(1);

        try (TopicProbe topic = TopicProbe.on(original)) {
            assertThat(topic.drain(r -> true, Duration.ofSeconds(3))).isEmpty();
        }
        assertThat(box.list(dlq, null)).singleElement().extracting(DeadLetter::replayed).isEqualTo(false);
    }

    @Test
    void theCommandPrintsEachDeadLetterWithItsReasonAndACountPerTopic() throws Exception {
        deadLetter("c-3", "{\"phone\":\"13812345678\",\"idNumber\":\"52052619800101123X\"}", "rejected 13912345678");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        DlqCommand.run(new String[] {"list", "--topic", dlq, "--bootstrap",
            EmbeddedPlatform.get().kafkaBootstrapServers()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(dlq + "/0/0", "countyCode must be a county code", ceId,
                dlq + ": 2 dead letter(s), 0 replayed", "138****5678", "520526************", "139****5678");
        assertThat(printed).doesNotContain("13812345678", "52052619800101123X", "13912345678");
    }

    @Test
    void masksPhonesAndIdNumbersInAnExcerpt() {
        String excerpt = Excerpts.payload("{\"contact\":\"13812345678\", \"id\":\"52052619800101123X\", \"n\":123}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(excerpt).isEqualTo("{\"contact\":\"138****5678\", \"id\":\"520526************\", \"n\":123}");
        assertThat(Excerpts.payload(("x".repeat(500)).getBytes(StandardCharsets.UTF_8))).hasSize(160);
    }

    @Test
    void aReasonLeavesOutTheBindersWrapperAndKeepsTheCause() {
        assertThat(Excerpts.reason("error occurred in message handler [org.springframework.cloud.stream.function"
                + ".FunctionConfiguration$FunctionToDestinationBinder$1@383edf23]; countyCode must match \\d{6}\n  at"))
                .isEqualTo("countyCode must match \\d{6} at");
    }

    private void deadLetter(String key, String payload, String reason) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedPlatform.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(dlq, 0, key,
                    payload.getBytes(StandardCharsets.UTF_8));
            text(record, "ce_id", key.equals("c-1") ? ceId : UUID.randomUUID().toString());
            text(record, "ce_type", "cn.huiyin.case.received.v1");
            text(record, "ce_source", "urn:huiyin:intake-service");
            text(record, "content-type", "application/json");
            text(record, "x-exception-message", reason);
            text(record, "x-exception-fqcn", "java.lang.IllegalArgumentException");
            text(record, "x-exception-stacktrace", "java.lang.IllegalArgumentException: " + reason);
            text(record, "x-original-topic", original);
            record.headers().add("x-original-partition", ByteBuffer.allocate(4).putInt(0).array());
            record.headers().add("x-original-offset", ByteBuffer.allocate(8).putLong(41L).array());
            record.headers().add("x-original-timestamp", ByteBuffer.allocate(8).putLong(1_600_000_000_000L).array());
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static void text(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
