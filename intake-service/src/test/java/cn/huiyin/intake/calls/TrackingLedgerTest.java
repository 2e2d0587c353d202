package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 17 §5: a county-day's tracking numbers are auditable — every number drawn is a stored call or
 * recorded as void, and the ledger lists the voids and reports any number that is neither as missing.
 * Each test uses a county-day of its own in 2003, which no other test posts calls for.
 */
@IntakeServiceTest
class TrackingLedgerTest {

    static final String WEINING = "520526";
    static final Tokens HOTLINE = Tokens.scopes("calls:write").subject("hotline-ledger");

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aNumberDrawnForACallWhoseWriteFailsIsRecordedAsVoid() {
        // another instance stored a different call under this external id first: this post's insert loses
        Calls call = Calls.anAppealFromWeining().with("receivedAt", "2003-01-11T09:30:00+08:00");
        storedByAnotherInstance(call);

        web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE.bearer())
                .bodyValue(call.body()).exchange().expectStatus().isEqualTo(409);

        List<Document> voids = mongo.find(Query.query(Criteria.where("countyCode").is(WEINING)
                .and("day").is("2003-01-11")), Document.class, "tracking_voids").collectList().block();
        assertThat(voids).hasSize(1);
        Document recorded = voids.get(0);
        assertThat(recorded.getString("_id")).isEqualTo("HY520526-20030111-000001");
        assertThat(recorded.getString("reason")).isEqualTo("external id already taken");
        assertThat(recorded.getString("failure")).isEqualTo("DuplicateKeyException");
        assertThat(recorded.get("voidedAt")).isInstanceOf(Date.class);
        // one small document, without the call's content or its caller
        assertThat(recorded.keySet())
                .containsExactlyInAnyOrder("_id", "countyCode", "day", "sequence", "reason", "failure", "voidedAt");
        assertThat(recorded.toJson()).doesNotContain(call.caller("phone"), call.caller("idNumber"), "王五",
                call.externalId());
    }

    @Test
    void theLedgerListsVoidsAndAccountsForEveryDrawnNumber() {
        String day = "2003-01-12T10:00:00+08:00";
        post(Calls.anAppealFromWeining().with("receivedAt", day)).expectStatus().isCreated();
        Calls lost = Calls.anAppealFromWeining().with("receivedAt", day);
        storedByAnotherInstance(lost);
        post(lost).expectStatus().isEqualTo(409);
        post(Calls.aConsultation().with("receivedAt", day)).expectStatus().isCreated();

        ledger(WEINING, "2003-01-12", Tokens.scopes("cases:read").regions(WEINING))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.countyCode").isEqualTo(WEINING)
                .jsonPath("$.countyName").isEqualTo("威宁彝族回族苗族自治县")
                .jsonPath("$.day").isEqualTo("2003-01-12")
                .jsonPath("$.drawn").isEqualTo(3)
                .jsonPath("$.calls").isEqualTo(2)
                .jsonPath("$.voided").isEqualTo(1)
                .jsonPath("$.voids.length()").isEqualTo(1)
                .jsonPath("$.voids[0].trackingNumber").isEqualTo("HY520526-20030112-000002")
                .jsonPath("$.voids[0].reason").isEqualTo("external id already taken")
                .jsonPath("$.voids[0].failure").isEqualTo("DuplicateKeyException")
                .jsonPath("$.voids[0].voidedAt").isNotEmpty()
                .jsonPath("$.missing.length()").isEqualTo(0)
                .jsonPath("$.voidedButStored.length()").isEqualTo(0)
                .jsonPath("$.beyondCounter.length()").isEqualTo(0)
                .jsonPath("$.balanced").isEqualTo(true);
    }

    @Test
    void aNumberThatIsNeitherACallNorAVoidIsReportedMissing() {
        post(Calls.anAppealFromWeining().with("receivedAt", "2003-01-13T08:00:00+08:00")).expectStatus().isCreated();
        // a number drawn and then lost without trace (the process died, or even its void could not be written)
        mongo.getCollection("tracking_counters")
                .flatMap(counters -> reactor.core.publisher.Mono.from(counters.updateOne(
                        new Document("_id", "HY520526-20030113"), new Document("$inc", new Document("last", 1L)))))
                .block();
        post(Calls.anAppealFromWeining().with("receivedAt", "2003-01-13T09:00:00+08:00")).expectStatus().isCreated();

        ledger(WEINING, "2003-01-13", Tokens.scopes("calls:write"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.drawn").isEqualTo(3)
                .jsonPath("$.calls").isEqualTo(2)
                .jsonPath("$.voids.length()").isEqualTo(0)
                .jsonPath("$.missing").isEqualTo(List.of("HY520526-20030113-000002"))
                .jsonPath("$.balanced").isEqualTo(false);
    }

    @Test
    void aDayWithoutCallsHasAnEmptyLedger() {
        ledger(WEINING, "2003-01-14", Tokens.scopes("cases:read").regions("5205"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.drawn").isEqualTo(0)
                .jsonPath("$.calls").isEqualTo(0)
                .jsonPath("$.voids.length()").isEqualTo(0)
                .jsonPath("$.missing.length()").isEqualTo(0)
                .jsonPath("$.balanced").isEqualTo(true);
    }

    @Test
    void hidesAnotherCountysLedgerAsIntakeHidesItsCalls() {
        post(Calls.anAppealFromWeining().with("receivedAt", "2003-01-15T08:00:00+08:00")).expectStatus().isCreated();

        ledger(WEINING, "2003-01-15", Tokens.scopes("cases:read").regions("520502"))
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        ledger(WEINING, "2003-01-15", Tokens.scopes("cases:read").regions("5203"))
                .expectStatus().isNotFound();
        ledger(WEINING, "2003-01-15", Tokens.scopes("cases:read").regions(WEINING))
                .expectStatus().isOk();
    }

    @Test
    void refusesTheLedgerToATokenWithoutACallsOrCasesScope() {
        ledger(WEINING, "2003-01-15", Tokens.scopes("contact:read", "households:read"))
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void refusesABadCountyCodeOrDayNamingTheField() {
        for (String county : new String[] {"52052X", "5205", "520500", "529999", "5205261", "-1"}) {
            ledger(county, "2003-01-15", Tokens.scopes("cases:read"))
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo("countyCode");
        }
        for (String day : new String[] {"2003-13-01", "20030115", "2003-02-30", "yesterday", "1999-12-31"}) {
            ledger(WEINING, day, Tokens.scopes("cases:read"))
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo("day");
        }
        ledger("52052X", "2003-13-01", Tokens.scopes("cases:read"))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("countyCode", "day"));
    }

    /** A call under the same external id but with other content, as another intake instance would store it. */
    private void storedByAnotherInstance(Calls call) {
        mongo.insert(new Document("_id", UUID.randomUUID().toString())
                .append("idempotencyKey", "hotline-ledger/" + call.externalId())
                .append("requestHash", "a-different-call")
                .append("clientSubject", "hotline-ledger")
                .append("state", "ACCEPTED")
                .append("urgent", false)
                .append("reservedAt", Date.from(Instant.now())), "calls").block();
    }

    private WebTestClient.ResponseSpec post(Calls call) {
        return web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE.bearer())
                .bodyValue(call.body()).exchange();
    }

    private WebTestClient.ResponseSpec ledger(String county, String day, Tokens token) {
        return web.get().uri("/api/v1/tracking-ledger/{county}/{day}", county, day)
                .header(HttpHeaders.AUTHORIZATION, token.bearer()).exchange();
    }
}
