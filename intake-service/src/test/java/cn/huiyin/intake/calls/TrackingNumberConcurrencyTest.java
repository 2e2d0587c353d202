package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;

@IntakeServiceTest
class TrackingNumberConcurrencyTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void numbersConcurrentCallsOfOneCountyDayWithoutGapsOrDuplicates() {
        String token = Tokens.scopes("calls:write").bearer();
        WebClient client = WebClient.create("http://127.0.0.1:" + port);
        // 纳雍县 on a day no other test uses
        List<Calls> calls = Flux.range(0, 40).map(i -> Calls.anAppealFromWeining().with("regionCode", "520525")
                .with("receivedAt", "2007-07-07T08:00:00+08:00")).collectList().block();

        List<String> numbers = Flux.fromIterable(calls)
                .flatMap(call -> client.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, token)
                        .bodyValue(call.body()).retrieve().bodyToMono(Map.class), 40)
                .map(receipt -> (String) receipt.get("trackingNumber"))
                .collectList()
                .block(Duration.ofSeconds(60));

        assertThat(numbers).allSatisfy(n -> assertThat(n).startsWith("HY520525-20070707-"));
        assertThat(numbers.stream().map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1))))
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
    }
}
