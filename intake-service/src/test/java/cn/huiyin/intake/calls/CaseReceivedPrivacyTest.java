package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CloudEventHeaders;
import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's phone and ID number reach neither the event, nor a plain field of the stored call,
 * nor the API's call view, nor the log; the event carries the caller's ref and the masked phone.
 */
@IntakeServiceTest
class CaseReceivedPrivacyTest {

    static final String PHONE = "13688573333";
    static final String ID_NUMBER = "520526199001010010";

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Test
    void numbersSpokenIntoContentAndAddressAreMaskedInTheEventTheStoreAndTheViewAndKeptOnlyInTheVault() {
        String content = "我的电话13688574444，身份证520526199001010029，银行卡6222021234567890123补助没到账";
        String address = "威宁县草海镇，座机0857-8221234";
        Map<?, ?> receipt = web.post().uri("/api/v1/calls")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("calls:write").bearer())
                .bodyValue(Calls.anAppealFromWeining().with("content", content).with("address", address).body())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String callId = (String) receipt.get("callId");
        String[] clear = {"13688574444", "520526199001010029", "6222021234567890123", "8221234"};

        try (TopicProbe probe = TopicProbe.on("case-received")) {
            String payload = new String(probe.await(r -> callId.equals(r.key()), 1, Duration.ofSeconds(30)).get(0)
                    .value(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(clear).contains("136****4444").contains("520526********0029");
        }
        assertThat(mongo.findById(callId, Document.class, "calls").block().toJson()).doesNotContain(clear);
        web.get().uri("/api/v1/calls/{id}", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(view -> assertThat(view).doesNotContain(clear)
                        .contains("0857****1234"));
        web.get().uri("/api/v1/calls/{id}/contact?reason=回访核实办理结果", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("contact:read").bearer())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.content").isEqualTo(content).jsonPath("$.address").isEqualTo(address);
    }

    @Test
    void publishesCaseReceivedWithoutPersonalData() throws Exception {
        Map<?, ?> receipt = web.post().uri("/api/v1/calls")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("calls:write", "cases:read").bearer())
                .bodyValue(Calls.anAppealFromWeining().withCaller("phone", PHONE).withCaller("idNumber", ID_NUMBER)
                        .withCaller("name", "张三丰").body())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String callId = (String) receipt.get("callId");

        try (TopicProbe probe = TopicProbe.on("case-received")) {
            ConsumerRecord<String, byte[]> event = probe.await(r -> callId.equals(r.key()), 1,
                    Duration.ofSeconds(30)).get(0);
            String payload = new String(event.value(), StandardCharsets.UTF_8);
            JsonNode body = json.readTree(payload);

            assertThat(payload).doesNotContain(PHONE).doesNotContain(ID_NUMBER).doesNotContain("张三丰");
            assertThat(body.get("maskedPhone").asString()).isEqualTo("136****3333");
            assertThat(body.get("callerRef").asString()).matches("[A-Za-z0-9_-]{16,128}");
            assertThat(body.get("countyCode").asString()).isEqualTo("520526");
            assertThat(body.get("townshipCode").asString()).isEqualTo("520526211");
            assertThat(body.get("cityCode").asString()).isEqualTo("5205");
            assertThat(body.get("provinceCode").asString()).isEqualTo("52");
            assertThat(body.get("trackingNumber").asString()).isEqualTo(receipt.get("trackingNumber"));
            assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(callId);
            assertThat(schemaErrors(body)).isEmpty();
        }

        Document stored = mongo.findById(callId, Document.class, "calls").block();
        String storedJson = stored.toJson();
        assertThat(storedJson).doesNotContain(PHONE).doesNotContain(ID_NUMBER).doesNotContain("张三丰");

        web.get().uri("/api/v1/calls/{id}", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(view -> assertThat(view)
                        .doesNotContain(PHONE).doesNotContain(ID_NUMBER).doesNotContain("张三丰").contains("136****3333"));

        String log = Files.readString(Path.of(IntakeServiceTest.LOG_FILE));
        assertThat(log).contains("Started").doesNotContain(PHONE).doesNotContain(ID_NUMBER);
    }

    private List<Error> schemaErrors(JsonNode event) throws Exception {
        try (InputStream schema = getClass().getResourceAsStream(
                "/cn/huiyin/events/schemas/case-received.v1.schema.json")) {
            Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(json.readTree(schema));
            return validator.validate(event);
        }
    }
}
