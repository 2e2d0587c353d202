package cn.huiyin.monitoring.signals;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.Tokens;
import cn.huiyin.monitoring.support.Households;
import cn.huiyin.monitoring.support.MonitoringServiceTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

@MonitoringServiceTest
class WarningsAndSelfReportsTest {

    static final String OFFICE = Tokens.scopes("households:read", "households:write").regions("52").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    Households registered() {
        Households h = Households.aFamilyFromWeining();
        web.put().uri("/api/v1/households/{id}", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(h.body()).exchange().expectStatus().isCreated();
        return h;
    }

    @Test
    void acceptsAndMatchesABatchOfTenThousandDepartmentWarnings() {
        List<Households> known = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            known.add(registered());
        }
        String day = LocalDate.now().minusDays(3).toString();
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> w = new HashMap<>();
            String id = i < 20 ? known.get(i).idNumber()
                    : Households.residentId(String.format("5205261970%02d%02d%03d", i % 12 + 1, i % 28 + 1, i % 1000));
            w.put("kind", i % 2 == 0 ? "MEDICAL_INSURANCE" : "HUMAN_RESOURCES");
            w.put("idNumber", id);
            w.put("regionCode", "520526211");
            w.put("amount", 15000);
            w.put("date", day);
            w.put("reference", "W-" + i);
            w.put("key", "K-" + i);
            warnings.add(w);
        }
        warnings.get(9_999).put("kind", "ASTROLOGY");

        String batch = "mi-" + UUID.randomUUID();
        web.post().uri("/api/v1/warnings").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("batchId", batch, "warnings", warnings)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(9_999)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.errors[0].index").isEqualTo(9_999)
                .jsonPath("$.errors[0].errors[0].field").isEqualTo("kind")
                .jsonPath("$.matched").value(Integer.class, matched -> assertThat(matched).isGreaterThanOrEqualTo(20))
                .jsonPath("$.unmatched").value(Integer.class, n -> assertThat(n).isGreaterThan(9_000));

        web.get().uri("/api/v1/households/{id}/risk", known.get(0).id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.factors").value(List.class, f -> assertThat(f).contains("ILLNESS"));
        web.get().uri("/api/v1/warnings/unmatched").header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(list -> assertThat(list).contains("W-100"));

        // the department sends the same batch again (its answer was lost): nothing new is stored or matched
        long stored = mongo.count(Query.query(Criteria.where("reference").regex("^W-")), "signals").block();
        web.post().uri("/api/v1/warnings").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("batchId", batch, "warnings", warnings)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(0)
                .jsonPath("$.duplicates").isEqualTo(9_999)
                .jsonPath("$.matched").isEqualTo(0)
                .jsonPath("$.unmatched").isEqualTo(0);
        assertThat(mongo.count(Query.query(Criteria.where("reference").regex("^W-")), "signals").block())
                .isEqualTo(stored);
    }

    @Test
    void takesASelfReportAndMatchesItToTheHousehold() {
        Households h = registered();

        web.post().uri("/api/v1/self-reports").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("regionCode", "520526211", "idNumber", h.idNumber(), "factors",
                        List.of("DISASTER"), "description", "昨夜暴雨，房屋被冲垮", "occurredOn",
                        LocalDate.now().minusDays(1).toString()))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.matched").isEqualTo(true).jsonPath("$.householdId").isEqualTo(h.id());
        web.get().uri("/api/v1/households/{id}/risk", h.id()).header(HttpHeaders.AUTHORIZATION, OFFICE).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.factors").value(List.class, f -> assertThat(f).contains("DISASTER"));
    }

    @Test
    void aCountysSelfReportAndWarningNamingAnotherCountysHeadStayUnmatchedAndDiscloseNothing() {
        Households weining = registered();
        String qixingguan = Tokens.scopes("households:read", "households:write").regions("520502").bearer();

        web.post().uri("/api/v1/self-reports").header(HttpHeaders.AUTHORIZATION, qixingguan)
                .bodyValue(Map.of("regionCode", "520502", "idNumber", weining.idNumber(), "factors",
                        List.of("DISASTER"), "description", "房屋被冲垮"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.matched").isEqualTo(false).jsonPath("$.householdId").doesNotExist();
        web.post().uri("/api/v1/warnings").header(HttpHeaders.AUTHORIZATION, qixingguan)
                .bodyValue(Map.of("batchId", "qxg-1", "warnings", List.of(Map.of("key", "1", "kind",
                        "MEDICAL_INSURANCE", "idNumber", weining.idNumber(), "regionCode", "520502", "amount", 90000,
                        "date", LocalDate.now().minusDays(2).toString(), "reference", "QXG-1"))))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.matched").isEqualTo(0).jsonPath("$.unmatched").isEqualTo(1);

        web.get().uri("/api/v1/households/{id}/risk", weining.id()).header(HttpHeaders.AUTHORIZATION, OFFICE)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.factors").value(List.class,
                        f -> assertThat(f).doesNotContain("DISASTER", "ILLNESS"));
    }

    @Test
    void numbersWrittenIntoASelfReportOrAWarningsFactAreMaskedBeforeTheyAreStored() {
        Map<?, ?> recorded = web.post().uri("/api/v1/self-reports").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("regionCode", "520526211", "idNumber", Households.aFamilyFromWeining().idNumber(),
                        "factors", List.of("DISASTER"), "description", "房屋被冲垮，请打13688577777，卡号6222021234567890123"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        web.post().uri("/api/v1/warnings").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("batchId", "mask-1", "warnings", List.of(Map.of("key", "1", "kind",
                        "MEDICAL_INSURANCE", "idNumber", Households.aFamilyFromWeining().idNumber(), "regionCode", "520526211", "amount", 90000,
                        "date", LocalDate.now().minusDays(2).toString(), "reference", "MASK-1",
                        "fact", "住院自付9万元，联系人电话13688578888"))))
                .exchange().expectStatus().isOk();

        String stored = mongo.find(Query.query(new Criteria().orOperator(
                        Criteria.where("signalId").is(recorded.get("signalId")), Criteria.where("reference").is("MASK-1"))),
                Document.class, "signals").map(Document::toJson).collectList().block().toString();
        assertThat(stored).doesNotContain("13688577777", "6222021234567890123", "13688578888")
                .contains("136****7777", "6222***********0123", "136****8888");
    }

    @Test
    void namesTheBadFieldsOfASelfReport() {
        web.post().uri("/api/v1/self-reports").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("regionCode", "5205", "idNumber", "123", "factors", List.of("BAD_LUCK")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'regionCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'idNumber')]").exists()
                .jsonPath("$.errors[?(@.field == 'factors[0]')]").exists();
    }

    @Test
    void aBodyWithAWrongTypedFieldNamesEveryBadFieldInOneAnswer() {
        Households h = registered();

        web.post().uri("/api/v1/self-reports").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("regionCode", 520526211, "idNumber", h.idNumber(), "factors", List.of("ILLNESS", 5),
                        "occurredOn", "someday", "mood", 1))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("regionCode", "factors[1]", "occurredOn", "mood"));
        String day = LocalDate.now().minusDays(2).toString();
        web.post().uri("/api/v1/warnings").header(HttpHeaders.AUTHORIZATION, OFFICE)
                .bodyValue(Map.of("batchId", "typed-1", "warnings", List.of(
                        Map.of("key", "1", "kind", "MEDICAL_INSURANCE", "idNumber", h.idNumber(), "regionCode",
                                "520526211", "amount", "lots", "date", day, "reference", "TYPED-1"),
                        Map.of("key", "2", "kind", "ASTROLOGY", "idNumber", h.idNumber(), "regionCode", "520526211",
                                "date", day, "reference", "TYPED-2"))))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("warnings[0].amount", "warnings[1].kind"));
        assertThat(mongo.count(Query.query(Criteria.where("reference").regex("^TYPED-")), "signals").block())
                .isZero();
    }
}
