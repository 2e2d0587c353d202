package cn.huiyin.reporting.projections;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.HouseholdMonitoringChanged;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.model.Cases;
import cn.huiyin.reporting.projections.model.Households;
import cn.huiyin.reporting.projections.sink.ReadModelWriter;
import cn.huiyin.reporting.summary.application.ReportScope;
import cn.huiyin.reporting.summary.application.SummaryService;
import cn.huiyin.reporting.summary.infrastructure.BucketStore;
import cn.huiyin.reporting.summary.model.Summary;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/**
 * Issue 18 §3: the report's household figures from the monitoring office's v2 decisions, with the v1 history before
 * them, through the topology into MongoDB and out as a county's summary. One household of 威宁 is identified late,
 * lowered, eliminated and taken in again; one identified in v1 before 2021 is eliminated in v2; one is identified in
 * v1 in 2021; the elimination arrives twice.
 */
class MonitoringFiguresTest {

    private static final RegionRegistry REGIONS = RegionRegistry.loadDefault();
    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    private static MongoClient client;
    private static ReadModelHarness topology;
    private static SummaryService summaries;

    @BeforeAll
    static void decide() {
        client = MongoClients.create(EmbeddedPlatform.get().mongoUri());
        ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "monitoring-figures");
        mongo.getMongoDatabase().flatMap(db -> Mono.from(db.drop())).block();
        summaries = new SummaryService(new BucketStore(mongo), REGIONS, new ReportScope(REGIONS, new RegionAccess(REGIONS)));
        topology = new ReadModelHarness();

        topology.publish(Households.identifiedInV1("hh-before", LocalDate.of(2020, 11, 5), 5, RiskFactor.ACCIDENT));
        topology.publish(Households.identifiedInV1("hh-v1", LocalDate.of(2021, 1, 10), 20, RiskFactor.DISABILITY));
        topology.publish(Households.identified("hh-1", LocalDate.of(2021, 2, 1), 22, RiskFactor.ILLNESS,
                RiskFactor.SCHOOLING));
        topology.publish(Households.levelLowered("hh-1", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 1),
                RiskFactor.ILLNESS, RiskFactor.SCHOOLING));
        topology.publish(Households.eliminated("hh-before", LocalDate.of(2021, 3, 15), LocalDate.of(2020, 11, 5),
                RiskFactor.ACCIDENT));
        HouseholdMonitoringChanged eliminated = Households.eliminated("hh-1", LocalDate.of(2021, 4, 1),
                LocalDate.of(2021, 2, 1), RiskFactor.ILLNESS, RiskFactor.SCHOOLING);
        CloudEventAttributes once = CloudEventAttributes.of(EventContracts.HOUSEHOLD_MONITORING_CHANGED, "hh-1",
                URI.create("urn:huiyin:monitoring-service"), eliminated.changedAt());
        topology.publish(EventContracts.HOUSEHOLD_MONITORING_CHANGED.topic(), "hh-1", once, eliminated);
        topology.publish(EventContracts.HOUSEHOLD_MONITORING_CHANGED.topic(), "hh-1", once, eliminated);
        topology.publish(Households.reidentified("hh-1", LocalDate.of(2021, 5, 10), 9, RiskFactor.INCOME_DROP,
                RiskFactor.ILLNESS));
        topology.sinkInto(new ReadModelWriter(mongo, REGIONS));
    }

    @AfterAll
    static void close() {
        topology.close();
        client.close();
    }

    @Test
    void countsTheIdentifiedTheReidentifiedTheEliminatedAndTheMonitoredOfThePeriod() {
        Summary.Households households = households(LocalDate.of(2021, 6, 30));

        assertThat(households.identified()).isEqualTo(3);
        assertThat(households.reidentified()).isEqualTo(1);
        assertThat(households.cleared()).isEqualTo(2);
        assertThat(households.monitored()).isEqualTo(2);
        assertThat(households.clearingRate()).isEqualTo(2.0 / 4);
    }

    @Test
    void countsAnIdentificationMoreThanFifteenDaysAfterTheFirstSignalAsLate() {
        assertThat(households(LocalDate.of(2021, 6, 30)).overdueIdentifications()).isEqualTo(2);
    }

    @Test
    void distributesTheIdentifiedByTheReasonsTheyWereTakenInFor() {
        Map<String, Integer> byReason = households(LocalDate.of(2021, 6, 30)).byRiskFactor().stream()
                .collect(Collectors.toMap(Summary.Share::code, Summary.Share::count));

        assertThat(byReason).containsOnly(Map.entry("ILLNESS", 2), Map.entry("SCHOOLING", 1),
                Map.entry("INCOME_DROP", 1), Map.entry("DISABILITY", 1));
    }

    @Test
    void aPeriodEndingBeforeTheReidentificationCountsTheHouseholdAsEliminated() {
        Summary.Households households = households(LocalDate.of(2021, 4, 30));

        assertThat(households.identified()).isEqualTo(2);
        assertThat(households.reidentified()).isZero();
        assertThat(households.cleared()).isEqualTo(2);
        assertThat(households.monitored()).isEqualTo(1);
    }

    private static Summary.Households households(LocalDate to) {
        return summaries.summarize(Cases.WEINING, FROM, to).block().households();
    }
}
