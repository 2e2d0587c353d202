package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntakeServiceTest
class CallQueryAndContactTest {

    static final String HOTLINE = Tokens.scopes("calls:write").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    String postCall(Calls call) {
        return (String) web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .bodyValue(call.body()).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("callId");
    }

    @Test
    void showsACallMaskedToItsCounty() {
        Calls call = Calls.anAppealFromWeining();
        String callId = postCall(call);

        web.get().uri("/api/v1/calls/{id}", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").regions("520526").bearer())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.callId").isEqualTo(callId)
                .jsonPath("$.countyCode").isEqualTo("520526")
                .jsonPath("$.countyName").isEqualTo("威宁彝族回族苗族自治县")
                .jsonPath("$.caller.maskedPhone").isEqualTo(call.maskedPhone())
                .jsonPath("$.caller.maskedName").isEqualTo("王*")
                .jsonPath("$.caller.phone").doesNotExist();
    }

    @Test
    void hidesACallFromAnotherCounty() {
        String callId = postCall(Calls.anAppealFromWeining());

        web.get().uri("/api/v1/calls/{id}", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").regions("520502").bearer())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void listsTheCallsOfARegionByTypeAndDay() {
        Calls consultation = Calls.aConsultation().with("regionCode", "520525")
                .with("receivedAt", "2006-02-03T09:00:00+08:00");
        postCall(consultation);
        Calls appeal = Calls.anAppealFromWeining().with("regionCode", "520525")
                .with("receivedAt", "2006-02-03T10:00:00+08:00");
        postCall(appeal);
        postCall(Calls.anAppealFromWeining().with("regionCode", "520525")
                .with("receivedAt", "2006-02-05T10:00:00+08:00"));

        web.get().uri("/api/v1/calls?region=520525&from=2006-02-03&to=2006-02-03&type=APPEAL")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").regions("5205").bearer())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].type").isEqualTo("APPEAL")
                .jsonPath("$.items[0].caller.maskedPhone").isEqualTo(appeal.maskedPhone());
        web.get().uri("/api/v1/calls?region=520525&from=2006-02-01&to=2006-02-28&size=2&page=1")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").regions("5205").bearer())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].externalId").isEqualTo(consultation.externalId());
    }

    @Test
    void refusesAPageBeyondTheLastReachableOneInsteadOfAnsweringPageZero() {
        for (String page : new String[] {"536870912", "2147483647", "50001"}) {
            web.get().uri("/api/v1/calls?region=520526&size=20&page=" + page)
                    .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
        }
        web.get().uri("/api/v1/calls?region=520526&size=20&page=50000")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.page").isEqualTo(50000).jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void refusesAListOutsideTheClientsRegionsAndBadParameters() {
        web.get().uri("/api/v1/calls?region=520526")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").regions("520502").bearer())
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/calls?region=529999&size=500&from=2020-02-02&to=2020-01-01")
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(3);
    }

    @Test
    void givesTheClearContactToTheCallbackDeskAndAuditsIt() {
        Calls call = Calls.anAppealFromWeining();
        String callId = postCall(call);

        web.get().uri("/api/v1/calls/{id}/contact?reason=回访核实办理结果", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("contact:read").subject("callback-desk-7").bearer())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.phone").isEqualTo(call.caller("phone"))
                .jsonPath("$.idNumber").isEqualTo(call.caller("idNumber"))
                .jsonPath("$.name").isEqualTo("王五");

        List<Document> reads = mongo.find(Query.query(Criteria.where("callId").is(callId)), Document.class,
                "contact_reads").collectList().block();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).getString("subject")).isEqualTo("callback-desk-7");
        assertThat(reads.get(0).getString("reason")).isEqualTo("回访核实办理结果");
    }

    @Test
    void keepsTheContactFromClientsWithoutTheScopeOrAReason() {
        String callId = postCall(Calls.anAppealFromWeining());

        web.get().uri("/api/v1/calls/{id}/contact?reason=回访核实办理结果", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read", "calls:write").bearer())
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/calls/{id}/contact", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("contact:read").bearer())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        web.get().uri("/api/v1/calls/{id}/contact?reason=回访核实办理结果", callId)
                .header(HttpHeaders.AUTHORIZATION, Tokens.scopes("contact:read").regions("520502").bearer())
                .exchange().expectStatus().isNotFound();
        assertThat(mongo.count(Query.query(Criteria.where("callId").is(callId)), "contact_reads").block())
                .isZero();
    }
}
