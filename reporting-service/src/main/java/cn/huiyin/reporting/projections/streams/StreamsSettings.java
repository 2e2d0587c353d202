package cn.huiyin.reporting.projections.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read model's topology runs ({@code huiyin.reporting.streams.*}). Locally one broker and one thread;
 * production sets replication 3, one standby per task and a state directory on a volume.
 *
 * @param stateDir        RocksDB's directory; empty gives each process a fresh temporary one, restored from the
 *                        changelogs at start
 * @param bufferedRecordsPerPartition the input records a stream thread holds per partition before it pauses it
 * @param rocksdbMemory   the off-heap memory of all RocksDB stores together
 * @param reset           derive the read model again from the topics at start ({@code ./huiyin reporting rebuild})
 * @param properties      any other Kafka Streams setting, passed through (e.g. {@code producer.compression.type})
 */
@ConfigurationProperties("huiyin.reporting.streams")
public record StreamsSettings(
        @DefaultValue("huiyin-reporting") String applicationId,
        @DefaultValue("huiyin-reporting-sink") String sinkGroup,
        Path stateDir,
        @DefaultValue("1") int threads,
        @DefaultValue("0") int standbyReplicas,
        @DefaultValue("-1") int replicationFactor,
        @DefaultValue("1s") Duration commitInterval,
        @DefaultValue("10485760") long cacheMaxBytes,
        @DefaultValue("100") int bufferedRecordsPerPartition,
        @DefaultValue("67108864") long rocksdbMemory,
        @DefaultValue("reporting-buckets") String bucketsTopic,
        @DefaultValue("reporting-facts") String factsTopic,
        @DefaultValue("3") int outputPartitions,
        @DefaultValue("reporting-service") String deadLetterGroup,
        @DefaultValue("false") boolean reset,
        Map<String, String> properties) {

    public StreamsSettings {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public ReadModelTopics topics() {
        return new ReadModelTopics(bucketsTopic, factsTopic);
    }
}
