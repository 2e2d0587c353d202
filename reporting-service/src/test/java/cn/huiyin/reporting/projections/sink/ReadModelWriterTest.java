package cn.huiyin.reporting.projections.sink;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.infrastructure.BucketCollections;
import cn.huiyin.reporting.projections.model.BucketTotals;

import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/** The sink's writes keep the newest version of every bucket, whatever order the copies arrive in. */
class ReadModelWriterTest {

    private static final String DAY = "520526|2020-01-02";
    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;
    private static ReadModelWriter writer;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedPlatform.get().mongoUri());
        mongo = new ReactiveMongoTemplate(client, "read-model-writer");
        mongo.getMongoDatabase().flatMap(db -> Mono.from(db.drop())).block();
        writer = new ReadModelWriter(mongo, RegionRegistry.loadDefault());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void anOlderCopyOfABucketNeverReplacesANewerOne() {
        write(new BucketTotals(3, Map.of("cases", 3L)));
        write(new BucketTotals(2, Map.of("cases", 2L)));
        write(new BucketTotals(3, Map.of("cases", 3L)));

        assertThat(day().get("totals", Document.class)).containsEntry("cases", 3L);
        assertThat(day().get("v", Number.class).longValue()).isEqualTo(3);

        write(new BucketTotals(4, Map.of("cases", 4L, "verified", 1L)));

        assertThat(day().get("totals", Document.class)).containsEntry("cases", 4L).containsEntry("verified", 1L);
        assertThat(day()).containsEntry("county", "520526").containsEntry("city", "5205")
                .containsEntry("province", "52").containsEntry("day", "2020-01-02").containsEntry("month", "2020-01");
        Document coverage = mongo.findById(BucketCollections.COVERAGE_ID, Document.class, BucketCollections.COVERAGE).block();
        assertThat(coverage.getList("counties", String.class)).containsExactly("520526");
        assertThat(coverage.getList("months", String.class)).containsExactly("2020-01");
    }

    @Test
    void findsTheDocumentItReplacesByItsIdAlone() {
        // a top-level _id: MongoDB and the embedded server serve it from the _id index, not by a scan ($and is not)
        var write = (ReplaceOneModel<Document>) ReadModelWriter.replace("x", 2, new Document("_id", "x"));

        Document filter = (Document) write.getFilter();
        assertThat(List.copyOf(filter.keySet())).containsExactly("_id", "v");
        assertThat(write.getReplaceOptions().isUpsert()).isTrue();
    }

    private static void write(BucketTotals totals) {
        writer.write(Map.of(DAY, totals), Map.of()).block(Duration.ofSeconds(30));
    }

    private static Document day() {
        return mongo.findById(DAY, Document.class, BucketCollections.DAYS).block();
    }
}
