package cn.huiyin.cases.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Routing;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.cases.deadlines.model.DeadlinePolicy;
import cn.huiyin.cases.routing.model.CategoryRouting;
import cn.huiyin.cases.routing.model.Departments;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.Topics;
import cn.huiyin.testkit.MongoCommands;
import cn.huiyin.testkit.RawRecords;
import cn.huiyin.testkit.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Cases opened a batch of calls at a time: few round trips, numbers without gaps, nothing lost to one bad record. */
@CaseServiceTest
@Import(MongoCommands.Listening.class)
class CaseOpeningBatchTest {

    @Autowired
    CaseOpening opening;

    @Autowired
    Cases cases;

    @Autowired
    CategoryRouting routing;

    @Autowired
    DeadlinePolicy deadlines;

    @Autowired
    MongoCommands commands;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Test
    void opensABatchWithTheSameNumberOfCommandsWhateverItsSize() {
        int few = commandsToOpen(calls(2, "2015-03-02T02:00:00Z"));
        int many = commandsToOpen(calls(20, "2015-03-02T02:00:00Z"));

        // one read of the cases that exist, one $inc per county and year (two here), one bulk insert
        assertThat(few).isEqualTo(4);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void numbersTheCasesOfABatchWithoutGapsInTheOrderOfTheCalls() {
        List<CaseReceived> batch = calls(5, "2014-05-06T02:00:00Z");

        opening.openAll(batch).block();

        List<Long> weining = batch.stream().filter(call -> call.countyCode().equals("520526"))
                .map(call -> sequenceOf(caseNumberOf(call))).toList();
        assertThat(weining).hasSize(3);
        assertThat(weining).isEqualTo(IntStream.range(0, 3).mapToObj(i -> weining.get(0) + i).toList());
    }

    @Test
    void opensACallDeliveredTwiceInOneBatchOnce() {
        CaseReceived call = Calls.anAppealFromWeining().event();

        opening.openAll(List.of(call, call)).block();
        opening.openAll(List.of(call)).block();

        assertThat(mongo.count(Query.query(Criteria.where("data.callId").is(call.callId())), "cases").block())
                .isEqualTo(1);
    }

    @Test
    void writesTheRestOfABulkWhenOneCaseWasInsertedByAnotherWriterMeanwhile() {
        List<Transition> opened = List.of(anOpening(), anOpening(), anOpening());
        cases.insert(opened.get(1)).block();

        Set<String> written = cases.insertAll(opened).block();

        assertThat(written).containsExactlyInAnyOrder(opened.get(0).next().caseId(), opened.get(2).next().caseId());
        opened.forEach(t -> assertThat(cases.findById(t.next().caseId()).block()).isNotNull());
    }

    @Test
    void deadLettersOnlyThePoisonRecordOfABatchAndOpensTheCasesAroundIt() {
        CaseReceived first = Calls.anAppealFromWeining().event();
        CaseReceived impossible = Calls.anAppealFromWeining().event();
        CaseReceived last = Calls.anAppealFromWeining().event();
        CloudEventAttributes firstEvent = attributesOf(first);
        CloudEventAttributes poison = attributesOf(impossible);
        CloudEventAttributes lastEvent = attributesOf(last);
        ObjectNode fiveDigitCounty = (ObjectNode) json.valueToTree(impossible);
        fiveDigitCounty.put("countyCode", "52052");

        try (TopicProbe dlq = TopicProbe.on(Topics.dlq(Topics.CASE_RECEIVED, "case-service"))) {
            publish(first.callId(), json.writeValueAsString(first), firstEvent);
            publish(first.callId(), json.writeValueAsString(first), firstEvent);
            publish(impossible.callId(), json.writeValueAsString(fiveDigitCounty), poison);
            publish(last.callId(), json.writeValueAsString(last), lastEvent);

            assertThat(dlq.await(r -> poison.id().equals(TopicProbe.header(r, "ce_id")), 1, Duration.ofSeconds(60)))
                    .hasSize(1);
            awaitOneCase(first);
            awaitOneCase(last);
            assertThat(dlq.drain(r -> Set.of(firstEvent.id(), lastEvent.id()).contains(TopicProbe.header(r, "ce_id")),
                    Duration.ofSeconds(3))).as("only the poison is a dead letter").isEmpty();
        }
        assertThat(mongo.count(Query.query(Criteria.where("data.callId").is(impossible.callId())), "cases").block())
                .isZero();
    }

    private int commandsToOpen(List<CaseReceived> calls) {
        int from = commands.mark();
        opening.openAll(calls).block();
        // the relay's removal of sent events (an update, in the background after Kafka acknowledged) is not the opening's
        return (int) commands.since(from, Set.of("cases", "case_counters")).stream()
                .filter(command -> !command.name().equals("update")).count();
    }

    /** Transferred calls of one day, alternating between 威宁 (520526) and 赫章 (520527). */
    private static List<CaseReceived> calls(int count, String receivedAt) {
        List<CaseReceived> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(Calls.anAppealFromWeining().inCounty(i % 2 == 0 ? "520526" : "520527")
                    .receivedAt(Instant.parse(receivedAt).plusSeconds(i)).event());
        }
        return calls.stream().sorted((a, b) -> a.countyCode().compareTo(b.countyCode())).toList();
    }

    private Transition anOpening() {
        CaseReceived call = Calls.anAppealFromWeining().event();
        Departments departments = routing.departmentsFor(call.categories(), call.content());
        Routing route = new Routing(call.countyCode(), departments.lead(), departments.co());
        return Case.open(CaseOpening.caseIdOf(call.callId()), "520526-2013-9" + call.callId().hashCode(), call, route,
                deadlines.deadlineFor(call.receivedAt(), call.categories(), call.urgent()), call.receivedAt());
    }

    private String caseNumberOf(CaseReceived call) {
        return mongo.findById(CaseOpening.caseIdOf(call.callId()), Document.class, "cases").block()
                .get("data", Document.class).getString("caseNumber");
    }

    private static long sequenceOf(String caseNumber) {
        return Long.parseLong(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    private void awaitOneCase(CaseReceived call) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                mongo.count(Query.query(Criteria.where("data.callId").is(call.callId())), "cases").block())
                .isEqualTo(1));
    }

    private static void publish(String key, String payload, CloudEventAttributes attributes) {
        RawRecords.send(Topics.CASE_RECEIVED, key, payload, attributes.toHeaders());
    }

    private static CloudEventAttributes attributesOf(CaseReceived call) {
        return CloudEventAttributes.of(EventContracts.CASE_RECEIVED, call.callId(),
                CloudEventAttributes.sourceOf("intake-service"), Instant.now());
    }
}
