package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.intake.repeats.model.CallerHistory;
import cn.huiyin.testkit.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

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
        int calls = CallerHistory.KEPT + 8;
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
        assertThat(history.getList("calls", Document.class)).hasSize(CallerHistory.KEPT)
                .last().satisfies(latest -> assertThat(latest.getString("callId")).isEqualTo(newest));
        assertThat(last.get("repeatOf")).isEqualTo(previous);
    }

    /**
     * A history the unbounded version left with 10,000 calls is cut to the bound by the caller's next call,
     * which costs from then on what a new caller's costs: the same document size.
     */
    @Test
    void aCallerWithTenThousandEarlierCallsCostsWhatANewCallerCosts() {
        Map<?, ?> first = post(fromPhone("13985710008", "HOUSING_SECURITY", NOW.minusDays(3)));
        Document history = historyHolding(first.get("callId"));
        List<Document> tenThousand = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            // older than the window, so none of them is a repeat's link
            tenThousand.add(new Document("callId", UUID.randomUUID().toString()).append("receivedAt",
                    Date.from(NOW.minusDays(400).plusMinutes(i).toInstant())).append("categories",
                    List.of("HOUSING_SECURITY")));
        }
        tenThousand.add(history.getList("calls", Document.class).get(0));
        mongo.getCollection("caller_history").flatMap(c -> Mono.from(c.updateOne(new Document("_id",
                history.get("_id")), new Document("$set", new Document("calls", tenThousand))))).block();

        Map<?, ?> again = post(fromPhone("13985710008", "HOUSING_SECURITY", NOW.minusDays(1)));
        Map<?, ?> aNewCaller = post(fromPhone("13985710009", "HOUSING_SECURITY", NOW.minusDays(1)));
        for (int call = 0; call < CallerHistory.KEPT; call++) {
            post(fromPhone("13985710009", "HOUSING_SECURITY", NOW.minusHours(call)));
        }

        Document heavy = historyHolding(again.get("callId"));
        Document fresh = historyHolding(aNewCaller.get("callId"));
        int heavyBytes = RawBsonDocument.parse(heavy.toJson()).getByteBuffer().remaining();
        int freshBytes = RawBsonDocument.parse(fresh.toJson()).getByteBuffer().remaining();
        System.out.printf("caller history after the next call: 10,000 earlier calls -> %d entries, %d bytes; "
                + "a new caller after %d calls -> %d entries, %d bytes%n", heavy.getList("calls", Document.class)
                .size(), heavyBytes, CallerHistory.KEPT + 1, fresh.getList("calls", Document.class).size(), freshBytes);
        assertThat(again.get("repeatOf")).isEqualTo(first.get("callId"));
        assertThat(heavy.getList("calls", Document.class)).hasSize(CallerHistory.KEPT);
        assertThat(fresh.getList("calls", Document.class)).hasSize(CallerHistory.KEPT);
        assertThat(heavyBytes).isBetween(freshBytes - 200, freshBytes + 200);
    }

    private Document historyHolding(Object callId) {
        return mongo.findAll(Document.class, "caller_history").filter(h -> h.getList("calls", Document.class)
                .stream().anyMatch(c -> callId.equals(c.getString("callId")))).blockFirst();
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
