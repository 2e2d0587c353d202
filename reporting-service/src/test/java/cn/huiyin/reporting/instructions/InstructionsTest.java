package cn.huiyin.reporting.instructions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.Department;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.bulletins.application.BulletinIssuing;
import cn.huiyin.reporting.instructions.application.InstructionReport;
import cn.huiyin.reporting.instructions.application.InstructionView;
import cn.huiyin.reporting.instructions.application.OverdueInstructions;
import cn.huiyin.reporting.projections.infrastructure.LedgerFact;
import cn.huiyin.reporting.projections.model.CallFact;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.TopicProbe;
import cn.huiyin.testkit.Tokens;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 19 §3: leaders' instructions (领导批示) on 毕节市's bulletins and cases, tracked to completion; overdue ones
 * published once on {@code instruction-overdue}. Each test uses days of its own, as the platform is shared.
 */
@HuiyinServiceTest
class InstructionsTest {

    private static final String BULLETIN = "5205-2019-05";
    private static final String LEADER = Tokens.roles("leader").regions("5205").bearer();
    private static final String QIXINGGUAN = "520502";
    private static final String WEINING = "520526";

    @Autowired
    WebTestClient web;

    @Autowired
    BulletinIssuing issuing;

    @Autowired
    RegionRegistry regions;

    @Autowired
    OverdueInstructions overdue;

    @Autowired
    InstructionReport report;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeEach
    void issueTheBulletin() {
        issuing.issue(regions.resolve("5205"), YearMonth.of(2019, 5)).block();
    }

    @Test
    void recordsAnInstructionOnABulletinWithOneFollowUpPerAddressee() {
        web.post().uri("/api/v1/instructions").header("Authorization", LEADER)
                .bodyValue(instruction(LocalDate.of(2019, 6, 21), QIXINGGUAN, "HOUSING_CONSTRUCTION")).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.region").isEqualTo("5205")
                .jsonPath("$.subject.bulletinId").isEqualTo(BULLETIN)
                .jsonPath("$.subject.bulletinTitle").value(title -> assertThat((String) title)
                        .startsWith("毕节市扶贫专线快报（2019年第"))
                .jsonPath("$.leader").isEqualTo("周建琨")
                .jsonPath("$.leaderTitle").isEqualTo("省政协副主席、市委书记")
                .jsonPath("$.deadline").isEqualTo("2019-07-06")
                .jsonPath("$.addressees.length()").isEqualTo(2)
                .jsonPath("$.addressees[0].label").isEqualTo("七星关区")
                .jsonPath("$.addressees[0].state").isEqualTo("OPEN")
                .jsonPath("$.addressees[1].label").isEqualTo("住房城乡建设")
                .jsonPath("$.state").isEqualTo("OVERDUE");
    }

    @Test
    void namesEveryBadFieldInOne400() {
        Map<String, Object> bad = instruction(LocalDate.of(2019, 6, 2), "529999", "NOT_A_DEPARTMENT");
        bad.put("text", " ");
        bad.put("caseId", "case-1");
        bad.put("deadline", "2019-06-01");

        web.post().uri("/api/v1/instructions").header("Authorization", LEADER).bodyValue(bad).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'text')]").exists()
                .jsonPath("$.errors[?(@.field == 'addressees[0]')]").exists()
                .jsonPath("$.errors[?(@.field == 'addressees[1]')]").exists()
                .jsonPath("$.errors[?(@.field == 'deadline')]").exists()
                .jsonPath("$.errors[?(@.field == 'bulletinId')]").exists()
                .jsonPath("$.errors[?(@.field == 'caseId')]").exists();

        Map<String, Object> none = instruction(LocalDate.of(2019, 6, 2));
        none.remove("bulletinId");
        web.post().uri("/api/v1/instructions").header("Authorization", LEADER).bodyValue(none).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'bulletinId')]").exists()
                .jsonPath("$.errors[?(@.field == 'addressees')]").exists();
    }

    @Test
    void anUnknownBulletinOrCaseIsNamed() {
        Map<String, Object> unknown = instruction(LocalDate.of(2019, 6, 3), QIXINGGUAN);
        unknown.put("bulletinId", "5205-1999-01");
        web.post().uri("/api/v1/instructions").header("Authorization", LEADER).bodyValue(unknown).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("bulletinId");

        unknown.remove("bulletinId");
        unknown.put("trackingNumber", "FP20190603999999");
        web.post().uri("/api/v1/instructions").header("Authorization", LEADER).bodyValue(unknown).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("trackingNumber");
    }

    @Test
    void recordsAnInstructionOnACaseFoundByItsTrackingNumber() {
        CaseAssigned assigned = new CaseAssigned("case-ins-1", "call-ins-1", "FP20190604000001", WEINING,
                Department.HOUSING_CONSTRUCTION, List.of(), Instant.parse("2019-06-29T00:00:00Z"), null,
                Instant.parse("2019-06-04T02:00:00Z"), false);
        mongo.save(new LedgerFact("call-ins-1", 1, WEINING, "2019-06-04", "FP20190604000001",
                CallFact.empty("call-ins-1").with(assigned))).block();
        Map<String, Object> onCase = instruction(LocalDate.of(2019, 6, 5), WEINING);
        onCase.remove("bulletinId");
        onCase.put("trackingNumber", "FP20190604000001");

        web.post().uri("/api/v1/instructions").header("Authorization", LEADER).bodyValue(onCase).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.region").isEqualTo(WEINING)
                .jsonPath("$.subject.caseId").isEqualTo("case-ins-1");

        onCase.put("addressees", List.of(QIXINGGUAN));
        web.post().uri("/api/v1/instructions").header("Authorization", LEADER).bodyValue(onCase).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("addressees[0]");
    }

    @Test
    void onlyLeadersOfficesAndSupervisorsCoveringTheRegionRecord() {
        Map<String, Object> body = instruction(LocalDate.of(2019, 6, 6), QIXINGGUAN);
        web.post().uri("/api/v1/instructions").header("Authorization", Tokens.roles("leader").regions("5201").bearer())
                .bodyValue(body).exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/instructions")
                .header("Authorization", Tokens.roles("county-office").regions(QIXINGGUAN).bearer())
                .bodyValue(body).exchange().expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json");
        web.post().uri("/api/v1/instructions")
                .header("Authorization", Tokens.roles("city-office").regions("5205").bearer())
                .bodyValue(body).exchange().expectStatus().isCreated();
    }

    @Test
    void theAddresseesAnswerUntilTheInstructionIsDone() {
        Map<String, Object> body = instruction(LocalDate.now().minusDays(1), QIXINGGUAN, "HOUSING_CONSTRUCTION");
        String id = record(body);

        web.post().uri("/api/v1/instructions/{id}/answers", id)
                .header("Authorization", Tokens.roles("county-office").regions(WEINING).bearer())
                .bodyValue(Map.of("addressee", QIXINGGUAN, "text", "已回访。")).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/instructions/{id}/answers", id)
                .header("Authorization", Tokens.roles("county-office").regions(QIXINGGUAN).bearer())
                .bodyValue(Map.of("addressee", QIXINGGUAN, "text", "已逐户回访不满意户并解释政策。")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("OPEN")
                .jsonPath("$.addressees[0].state").isEqualTo("ANSWERED")
                .jsonPath("$.addressees[0].answer.text").isEqualTo("已逐户回访不满意户并解释政策。");
        web.post().uri("/api/v1/instructions/{id}/answers", id)
                .header("Authorization", Tokens.roles("county-office").regions(QIXINGGUAN).bearer())
                .bodyValue(Map.of("addressee", QIXINGGUAN, "text", "再次答复。")).exchange()
                .expectStatus().isEqualTo(409);
        web.post().uri("/api/v1/instructions/{id}/answers", id)
                .header("Authorization", Tokens.roles("city-office").regions("5205").bearer())
                .bodyValue(Map.of("addressee", "HOUSING_CONSTRUCTION", "text", "资金已拨付。")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("DONE")
                .jsonPath("$.done").isEqualTo(true);
        web.post().uri("/api/v1/instructions/{id}/answers", id)
                .header("Authorization", Tokens.roles("city-office").regions("5205").bearer())
                .bodyValue(Map.of("addressee", WEINING, "text", "x")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("addressee");

        web.get().uri("/api/v1/instructions?region=5205&state=DONE").header("Authorization", LEADER).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == '" + id + "')]").exists();
        web.get().uri("/api/v1/instructions?region=" + QIXINGGUAN)
                .header("Authorization", Tokens.roles("county-office").regions(QIXINGGUAN).bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == '" + id + "')]").exists();
    }

    @Test
    void anOverdueInstructionIsListedAndPublishedExactlyOnce() {
        Map<String, Object> body = instruction(LocalDate.of(2019, 6, 8), WEINING);
        body.put("deadline", "2019-06-18");
        try (TopicProbe published = TopicProbe.on("instruction-overdue")) {
            String id = record(body);

            web.get().uri("/api/v1/instructions?region=5205&state=OVERDUE").header("Authorization", LEADER)
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$[?(@.id == '" + id + "')].overdue").isEqualTo(true);
            web.get().uri("/api/v1/instructions/{id}", id).header("Authorization", LEADER).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("OVERDUE");

            overdue.scan().block();
            assertThat(overdue.scan().block()).as("a second scan publishes nothing again").isZero();

            assertThat(published.await(record -> id.equals(record.key()), 1, Duration.ofSeconds(30))).hasSize(1);
            assertThat(published.drain(record -> id.equals(record.key()), Duration.ofSeconds(2))).hasSize(1);
            assertThat(meters.get("huiyin.instructions.overdue").tag("region", "5205").gauge().value())
                    .isGreaterThanOrEqualTo(1.0);
        }
    }

    @Test
    void theOverdueGaugeIsExportedForEveryCityFromTheStart() {
        assertThat(meters.get("huiyin.instructions.overdue").tag("region", "5203").gauge()).isNotNull();
        assertThat(meters.get("huiyin.instructions.overdue").tag("region", "52").gauge()).isNotNull();
    }

    @Test
    void theReportFindsTheInstructionsOfItsPeriodWithTheirBulletinsIssue() {
        String id = record(instruction(LocalDate.of(2019, 6, 12), QIXINGGUAN));

        List<InstructionView> june = report.recordedWithin("5205", LocalDate.of(2019, 6, 12),
                LocalDate.of(2019, 6, 12)).collectList().block();
        assertThat(june).extracting(InstructionView::id).containsExactly(id);
        assertThat(june.get(0).issueLabel()).matches("第\\d+期");
        assertThat(june.get(0).subject().bulletinTitle()).startsWith("毕节市扶贫专线快报");
        assertThat(report.recordedWithin("5205", LocalDate.of(2019, 6, 13), LocalDate.of(2019, 6, 30))
                .map(InstructionView::id).collectList().block()).doesNotContain(id);
        assertThat(report.recordedWithin("5201", LocalDate.of(2019, 6, 12), LocalDate.of(2019, 6, 12))
                .collectList().block()).isEmpty();

        // the analysis report of that day tells it in 二、领导批示情况, with the issue it was written on
        String page = web.get().uri("/reports/analysis?region=5205&from=2019-06-12&to=2019-06-12")
                .header("Authorization", Tokens.scopes("reports:read").regions("52").bearer()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String section = page.substring(page.indexOf("二、领导批示情况"), page.indexOf("三、存在问题"));
        assertThat(section).containsPattern("省政协副主席、市委书记周建琨同志于2019年6月12日，在《毕节市扶贫专线快报》"
                + "（2019年第\\d+期）上批示：“").contains("办理情况：");
    }

    @Test
    void anUnknownInstructionIsNotFound() {
        web.get().uri("/api/v1/instructions/no-such-instruction").header("Authorization", LEADER).exchange()
                .expectStatus().isNotFound();
        web.post().uri("/api/v1/instructions/no-such-instruction/answers")
                .header("Authorization", Tokens.roles("county-office").regions(QIXINGGUAN).bearer())
                .bodyValue(Map.of("addressee", QIXINGGUAN, "text", "x")).exchange()
                .expectStatus().isNotFound();
    }

    private String record(Map<String, Object> body) {
        return web.post().uri("/api/v1/instructions").header("Authorization", LEADER).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(InstructionView.class).returnResult().getResponseBody().id();
    }

    static Map<String, Object> instruction(LocalDate issuedAt, String... addressees) {
        Map<String, Object> body = new HashMap<>();
        body.put("bulletinId", BULLETIN);
        body.put("leader", "周建琨");
        body.put("leaderTitle", "省政协副主席、市委书记");
        body.put("issuedAt", issuedAt.toString());
        body.put("text", "涉及不满意的，镇、村要多作工作，有什么问题要解决好！");
        body.put("addressees", List.of(addressees));
        return body;
    }
}
