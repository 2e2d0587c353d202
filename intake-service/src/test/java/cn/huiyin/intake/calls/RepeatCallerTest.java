package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.intake.repeats.RepeatCallers;
import cn.huiyin.local.testkit.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntakeServiceTest
class RepeatCallerTest {

    static final String HOTLINE = Tokens.scopes("calls:write").bearer();
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    Map<?, ?> post(Calls call) {
        return web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE).bodyValue(call.body())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    static Calls fromPhone(String phone, String category, OffsetDateTime at) {
        return Calls.anAppealFromWeining().withoutCaller("idNumber").withCaller("phone", phone)
                .with("categories", List.of(category)).with("receivedAt", at.toString());
    }

    @Test
    void linksASecondCallAboutTheSameMatterToTheFirst() {
        Map<?, ?> first = post(fromPhone("13985710001", "HOUSING_SECURITY", NOW.minusDays(30)));
        Map<?, ?> again = post(fromPhone("13985710001", "HOUSING_SECURITY", NOW.minusDays(1)));

        assertThat(again.get("repeatOf")).isEqualTo(first.get("callId"));
    }

    @Test
    void linksToTheMostRecentEarlierCall() {
        post(fromPhone("13985710002", "RELOCATION", NOW.minusDays(60)));
        Map<?, ?> second = post(fromPhone("13985710002", "RELOCATION", NOW.minusDays(20)));
        Map<?, ?> third = post(fromPhone("13985710002", "RELOCATION", NOW.minusDays(2)));

        assertThat(third.get("repeatOf")).isEqualTo(second.get("callId"));
    }

    @Test
    void doesNotLinkAnotherMatter() {
        post(fromPhone("13985710003", "HOUSING_SECURITY", NOW.minusDays(10)));
        Map<?, ?> other = post(fromPhone("13985710003", "EDUCATION", NOW.minusDays(1)));

        assertThat(other.get("repeatOf")).isNull();
    }

    @Test
    void doesNotLinkACallOlderThan90Days() {
        post(fromPhone("13985710004", "HOUSING_SECURITY", NOW.minusDays(120)));
        Map<?, ?> later = post(fromPhone("13985710004", "HOUSING_SECURITY", NOW.minusDays(1)));

        assertThat(later.get("repeatOf")).isNull();
    }

    @Test
    void keepsACallersHistoryToTheLatestCallsHoweverOftenTheyCall() {
        int calls = RepeatCallers.KEPT + 8;
        Map<?, ?> last = null;
        Map<?, ?> beforeLast = null;
        for (int day = calls; day > 0; day--) {
            beforeLast = last;
            last = post(fromPhone("13985710007", "HOUSING_SECURITY", NOW.minusDays(day)));
        }
        Object newest = last.get("callId");
        Object previous = beforeLast.get("callId");

        Document history = mongo.findAll(Document.class, "caller_history").filter(h -> h.getList("calls",
                Document.class).stream().anyMatch(c -> c.getString("callId").equals(previous)))
                .blockFirst();
        assertThat(history.getList("calls", Document.class)).hasSize(RepeatCallers.KEPT)
                .last().satisfies(latest -> assertThat(latest.getString("callId")).isEqualTo(newest));
        assertThat(last.get("repeatOf")).isEqualTo(previous);
    }

    @Test
    void recognisesTheCallerByIdNumberWhateverPhoneTheyUse() {
        Map<?, ?> first = post(Calls.anAppealFromWeining().withCaller("idNumber", "520526196001010017")
                .withCaller("phone", "13985710005").with("receivedAt", NOW.minusDays(5).toString()));
        Map<?, ?> again = post(Calls.anAppealFromWeining().withCaller("idNumber", "520526196001010017")
                .withCaller("phone", "18685710006").with("receivedAt", NOW.minusDays(1).toString()));

        assertThat(again.get("repeatOf")).isEqualTo(first.get("callId"));
    }
}
