package cn.huiyin.reporting;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.bulletins.application.BulletinIssuing;
import cn.huiyin.reporting.instructions.application.InstructionView;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.apidocs.ApiDocumentContract;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17: reporting-service's OpenAPI document describes every route, the HTML report and the workbook too. */
@HuiyinServiceTest
class ApiDocumentTest extends ApiDocumentContract {

    /** The bulletin the documented instruction example is written on. */
    private static final YearMonth EXAMPLE_MONTH = YearMonth.of(2019, 12);

    @Autowired
    BulletinIssuing bulletins;

    @Autowired
    RegionRegistry regions;

    /** The documented instruction is written on 毕节市's bulletin of December 2019. */
    @BeforeEach
    void issueTheExamplesBulletin() {
        bulletins.issue(regions.resolve("5205"), EXAMPLE_MONTH).block();
    }

    /**
     * A hotline supervisor and leader of the province issues bulletins and records instructions; 七星关区's county
     * office answers the documented answer.
     */
    @Override
    protected Tokens token(String operationId, List<String> scopes) {
        return "answerInstruction".equals(operationId)
                ? super.token(operationId, scopes).withRoles("county-office").regions("520502")
                : super.token(operationId, scopes).withRoles("hotline-supervisor", "leader");
    }

    /** A fresh instruction, addressed to 七星关区, for the documented answer. */
    @Override
    protected Map<String, String> pathVariables(String operationId) {
        if (!"answerInstruction".equals(operationId)) {
            return Map.of();
        }
        String id = web.post().uri("/api/v1/instructions")
                .header("Authorization", Tokens.roles("leader").regions("5205").bearer())
                .bodyValue(Map.of("bulletinId", "5205-2019-12", "leader", "张集智", "issuedAt", "2020-01-09",
                        "text", "请七星关区政府主要领导督促抓好整改！", "addressees", List.of("520502")))
                .exchange().expectStatus().isCreated()
                .expectBody(InstructionView.class).returnResult().getResponseBody().id();
        return Map.of("id", id);
    }
}
