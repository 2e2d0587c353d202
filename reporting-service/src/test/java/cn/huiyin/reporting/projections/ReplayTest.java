package cn.huiyin.reporting.projections;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.ledger.application.FactLedger;
import cn.huiyin.reporting.ledger.infrastructure.CaseFactStore;
import cn.huiyin.reporting.ledger.model.LedgerRow;
import cn.huiyin.reporting.projections.sink.ReadModelWriter;
import cn.huiyin.reporting.seed.BijieEvents;
import cn.huiyin.reporting.seed.Published;
import cn.huiyin.reporting.seed.SeedFigures;
import cn.huiyin.reporting.summary.application.ReportBuckets;
import cn.huiyin.reporting.summary.application.ReportScope;
import cn.huiyin.reporting.summary.application.SummaryService;
import cn.huiyin.reporting.summary.infrastructure.BucketStore;
import cn.huiyin.reporting.summary.model.Summary;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The read model does not depend on how the events arrive: replayed in order through the topology into empty
 * collections, or delivered twice and shuffled into others, the reports are the same.
 */
class ReplayTest {

    private static final RegionRegistry REGIONS = RegionRegistry.loadDefault();
    private static MongoClient client;
    private static Model inOrder;
    private static Model shuffledTwice;

    /** One read model in its own database, fed by its own topology. */
    record Model(ReactiveMongoTemplate mongo, ReadModelHarness topology, ReadModelWriter writer,
            SummaryService summaries, FactLedger ledger) {

        static Model in(String database) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, database);
            mongo.getMongoDatabase().flatMap(db -> reactor.core.publisher.Mono.from(db.drop())).block();
            ReportBuckets buckets = new BucketStore(mongo);
            ReportScope scope = new ReportScope(REGIONS, new RegionAccess(REGIONS));
            return new Model(mongo, new ReadModelHarness(), new ReadModelWriter(mongo, REGIONS),
                    new SummaryService(buckets, REGIONS, scope),
                    new FactLedger(new CaseFactStore(mongo), buckets, REGIONS, scope));
        }

        /** Publishes the events to the topology, then writes what it published into MongoDB, as the sink would. */
        void replay(List<Published> events) {
            topology.publish(events);
            topology.sinkInto(writer);
        }
    }

    @BeforeAll
    static void replay() {
        client = MongoClients.create(EmbeddedPlatform.get().mongoUri());
        // the city's own events; the other cities' calls only matter for ranks, tested over Kafka
        List<Published> bijie = BijieEvents.generate(REGIONS).events().stream()
                .filter(event -> !event.key().matches("call-52(0[1-46-9]|2\\d)-.*")).toList();
        inOrder = Model.in("replay-in-order");
        inOrder.replay(bijie);
        List<Published> twice = new ArrayList<>(bijie);
        twice.addAll(bijie);
        Collections.shuffle(twice, new Random(42));
        shuffledTwice = Model.in("replay-shuffled-twice");
        shuffledTwice.replay(twice);
    }

    @AfterAll
    static void close() {
        inOrder.topology().close();
        shuffledTwice.topology().close();
        client.close();
    }

    @Test
    void aCityReportIsTheSameHoweverTheEventsArrived() {
        Summary expected = summary(inOrder, SeedFigures.CITY);

        assertThat(expected.total()).isEqualTo(SeedFigures.CASES);
        assertThat(summary(shuffledTwice, SeedFigures.CITY)).isEqualTo(expected);
    }

    @Test
    void aCountyReportOverPartOfAMonthIsTheSameHoweverTheEventsArrived() {
        Summary expected = inOrder.summaries().summarize("520526", SeedFigures.FROM.plusDays(9),
                SeedFigures.TO.minusDays(12)).block();

        assertThat(expected.total()).isPositive();
        assertThat(shuffledTwice.summaries().summarize("520526", SeedFigures.FROM.plusDays(9),
                SeedFigures.TO.minusDays(12)).block()).isEqualTo(expected);
    }

    @Test
    void theLedgerIsTheSameHoweverTheEventsArrived() {
        List<LedgerRow> expected = inOrder.ledger().rows(SeedFigures.CITY, SeedFigures.FROM, SeedFigures.TO)
                .collectList().block();

        assertThat(expected).hasSize(SeedFigures.CASES);
        assertThat(shuffledTwice.ledger().rows(SeedFigures.CITY, SeedFigures.FROM, SeedFigures.TO).collectList()
                .block()).isEqualTo(expected);
    }

    @Test
    void aReplayedEventChangesNothing() {
        Summary before = summary(inOrder, SeedFigures.CITY);

        inOrder.replay(BijieEvents.generate(REGIONS).events().stream()
                .filter(event -> event.key().startsWith("hh-") || event.topic().equals("case-verified")).toList());

        assertThat(summary(inOrder, SeedFigures.CITY)).isEqualTo(before);
    }

    private static Summary summary(Model model, String region) {
        return model.summaries().summarize(region, SeedFigures.FROM, SeedFigures.TO).block();
    }
}
