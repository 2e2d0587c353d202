package cn.huiyin.chassis.messaging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;

/**
 * Dead letters for consumers in batch mode, one record at a time. The binder's own DLQ sends every record of a
 * failed batch; with this customizer present it leaves batch bindings alone (record bindings keep the binder's
 * retries and DLQ), and a batch listener that throws a {@code BatchListenerFailedException(index)} gets
 * spring-kafka's handling: the records before the index are committed, the failed one is retried with the
 * binding's back-off, then sent alone to {@code <topic>.<group>.dlq} (provisioned by the binder, same partition)
 * with the binder's {@code x-original-*} and {@code x-exception-*} headers, so {@code huiyin dlq} reads and replays
 * it like any other dead letter; the records after it are delivered again.
 */
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private final DeadLetters counted;
    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> kafka;

    public BatchDeadLetters(DeadLetters counted, Map<String, Object> producerProperties) {
        this.counted = counted;
        this.producers = new DefaultKafkaProducerFactory<>(producerProperties, new ByteArraySerializer(),
                new ByteArraySerializer());
        this.kafka = new KafkaTemplate<>(producers);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        // the binder calls the variant with the binding's properties
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (properties == null || !properties.isBatchMode() || dlqDestinationResolver == null) {
            return;
        }
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka, (record, failure) -> {
            counted.apply(group, record, failure);
            return dlqDestinationResolver.apply(record, failure);
        });
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.values());
        recoverer.addHeadersFunction(BatchDeadLetters::binderHeaders);
        container.setCommonErrorHandler(new DefaultErrorHandler(recoverer, retries(properties)));
    }

    /** The binding's retries: the binder forces one attempt in batch mode, so the back-off is built here. */
    private static BackOff retries(ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        int attempts = Math.max(properties.getMaxAttempts(), 3);
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(attempts - 1);
        backOff.setInitialInterval(properties.getBackOffInitialInterval());
        backOff.setMaxInterval(properties.getBackOffMaxInterval());
        backOff.setMultiplier(properties.getBackOffMultiplier());
        return backOff;
    }

    /** The headers the binder's DLQ writes, so a dead letter reads the same whichever path sent it. */
    static Headers binderHeaders(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable reason = reasonOf(failure);
        Headers headers = new RecordHeaders();
        headers.add("x-original-topic", utf8(record.topic()));
        headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        headers.add("x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        headers.add("x-original-timestamp-type", utf8(record.timestampType().toString()));
        headers.add("x-exception-fqcn", utf8(reason.getClass().getName()));
        if (reason.getMessage() != null) {
            headers.add("x-exception-message", utf8(reason.getMessage()));
        }
        StringWriter trace = new StringWriter();
        reason.printStackTrace(new PrintWriter(trace));
        headers.add("x-exception-stacktrace", utf8(trace.toString()));
        return headers;
    }

    /** The record's own failure: the cause the listener gave its BatchListenerFailedException, not the wrappers. */
    static Throwable reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BatchListenerFailedException failed) {
                return failed.getCause() == null ? failed : failed.getCause();
            }
        }
        return failure;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
