package cn.huiyin.reporting.projections.streams;

import cn.huiyin.reporting.projections.infrastructure.BucketCollections;
import cn.huiyin.reporting.projections.infrastructure.LedgerFact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Flux;

/**
 * Forgets everything the read model derived, so that it is derived again from the topics: the two consumer groups,
 * the topology's changelog and repartition topics, its output topics and the MongoDB collections the reports read.
 * Run before the topology starts, by the only instance of the application ({@code ./huiyin reporting rebuild});
 * a group that still has members refuses, and nothing is deleted then.
 */
public class ReadModelReset {

    private static final Logger log = LoggerFactory.getLogger(ReadModelReset.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A little more than the consumers' default session timeout (45 s). */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(60);
    static final List<String> COLLECTIONS = List.of(BucketCollections.DAYS, BucketCollections.MONTHS, BucketCollections.COVERAGE,
            LedgerFact.COLLECTION);

    private final Map<String, Object> kafka;
    private final StreamsSettings settings;
    private final ReactiveMongoTemplate mongo;

    public ReadModelReset(Map<String, Object> kafka, StreamsSettings settings, ReactiveMongoTemplate mongo) {
        this.kafka = kafka;
        this.settings = settings;
        this.mongo = mongo;
    }

    public void run() {
        try (Admin admin = AdminClients.create(kafka, "huiyin-read-model-reset", TIMEOUT)) {
            deleteGroups(admin);
            List<String> topics = derivedTopics(admin);
            admin.deleteTopics(topics).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            log.info("read model reset: deleted groups {} and {}, topics {}", settings.applicationId(),
                    settings.sinkGroup(), topics);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not reset the read model: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting the read model", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while resetting the read model", e);
        }
        Flux.fromIterable(COLLECTIONS).concatMap(mongo::dropCollection).then().block(TIMEOUT);
        log.info("read model reset: dropped {}", COLLECTIONS);
    }

    /** A member that stopped without leaving (a crash) stays until its session times out: waited for that long. */
    private void deleteGroups(Admin admin) throws InterruptedException, TimeoutException, ExecutionException {
        for (String group : List.of(settings.applicationId(), settings.sinkGroup())) {
            long deadline = System.nanoTime() + SESSION_TIMEOUT.toNanos();
            while (true) {
                try {
                    admin.deleteConsumerGroups(List.of(group)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    break;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        break;
                    }
                    if (!(e.getCause() instanceof GroupNotEmptyException)) {
                        throw e;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("group " + group + " still has members: stop every instance"
                                + " of reporting-service before a rebuild", e.getCause());
                    }
                    log.info("read model reset: group {} still has members, waiting for them to leave", group);
                    Thread.sleep(2_000);
                }
            }
        }
    }

    /** The topology's internal topics ({@code <application id>-...-changelog|-repartition}) and its output. */
    private List<String> derivedTopics(Admin admin) throws InterruptedException, ExecutionException,
            TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        List<String> topics = new ArrayList<>();
        String prefix = settings.applicationId() + "-";
        for (String topic : existing) {
            if (topic.startsWith(prefix) && (topic.endsWith("-changelog") || topic.endsWith("-repartition"))) {
                topics.add(topic);
            }
        }
        for (String output : List.of(settings.bucketsTopic(), settings.factsTopic())) {
            if (existing.contains(output)) {
                topics.add(output);
            }
        }
        return topics;
    }
}
