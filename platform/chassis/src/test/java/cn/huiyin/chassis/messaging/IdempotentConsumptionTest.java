package cn.huiyin.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.events.CaseOverdue;
import cn.huiyin.events.CloudEventAttributes;
import cn.huiyin.events.EventContracts;
import cn.huiyin.events.OverdueStage;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.RawRecords;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.json.JsonMapper;

@HuiyinServiceTest(classes = SampleApplication.class)
class IdempotentConsumptionTest {

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Test
    void appliesTheSameEventDeliveredTwiceOnce() {
        String caseId = "case-" + UUID.randomUUID();
        CaseOverdue overdue = new CaseOverdue(caseId, "HY520526-20200305-000001", "520526", OverdueStage.OVERDUE,
                Instant.parse("2020-03-30T00:00:00Z"), Instant.parse("2020-03-30T00:05:00Z"));
        CloudEventAttributes attributes = CloudEventAttributes.of(EventContracts.CASE_OVERDUE, caseId,
                CloudEventAttributes.sourceOf("case-service"), Instant.now());
        String payload = json.writeValueAsString(overdue);

        RawRecords.send("case-overdue", caseId, payload, attributes.toHeaders());
        RawRecords.send("case-overdue", caseId, payload, attributes.toHeaders());
        // a different event about the same case is applied too: de-duplication is by ce_id, not by key
        CloudEventAttributes another = CloudEventAttributes.of(EventContracts.CASE_OVERDUE, caseId,
                CloudEventAttributes.sourceOf("case-service"), Instant.now());
        RawRecords.send("case-overdue", caseId, payload, another.toHeaders());

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(another.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(attributes.id()));
        Document counted = mongo.findById(caseId, Document.class, "received_counts").block();
        assertThat(counted).isNotNull();
        assertThat(counted.getInteger("count")).isEqualTo(2);
    }

    private boolean processed(String eventId) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(Criteria.where("eventId").is(eventId)), ProcessedEvent.class).block());
    }
}
