package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CloudEventHeaders;
import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;

@IntakeServiceTest
class IdempotencyRaceTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void makesOneCallAndOneEventOfTwentyConcurrentPostsOfTheSameCall() {
        Calls call = Calls.anAppealFromWeining();
        String token = Tokens.scopes("calls:write").subject("hotline-race").bearer();
        WebClient client = WebClient.create("http://127.0.0.1:" + port);

        List<Map<String, Object>> answers = Flux.range(0, 20)
                .flatMap(i -> client.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, token)
                        .bodyValue(call.body())
                        .exchangeToMono(response -> response.bodyToMono(Map.class)
                                .map(body -> Map.<String, Object>of("status", response.statusCode().value(),
                                        "callId", String.valueOf(body.get("callId"))))), 20)
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(answers).hasSize(20);
        assertThat(answers).filteredOn(a -> a.get("status").equals(201)).hasSize(1);
        assertThat(answers).filteredOn(a -> a.get("status").equals(200)).hasSize(19);
        assertThat(answers).extracting(a -> a.get("callId")).containsOnly(answers.get(0).get("callId"));
        String callId = (String) answers.get(0).get("callId");

        Long stored = mongo.count(Query.query(Criteria.where("externalId").is(call.externalId())), "calls").block();
        assertThat(stored).isEqualTo(1);
        try (TopicProbe probe = TopicProbe.on("case-received")) {
            List<ConsumerRecord<String, byte[]>> events = probe.await(r -> callId.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            assertThat(events).hasSize(1);
            assertThat(probe.drain(r -> callId.equals(r.key()), Duration.ofSeconds(3))).hasSize(1);
            assertThat(TopicProbe.header(events.get(0), CloudEventHeaders.TYPE)).isEqualTo("cn.huiyin.case.received.v1");
        }
    }
}
