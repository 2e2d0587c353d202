package cn.huiyin.reporting.hotspots.web;

import cn.huiyin.events.Category;
import cn.huiyin.events.HotspotDetected;
import cn.huiyin.reporting.hotspots.application.Hotspots;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.Tokens;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code GET /api/v1/hotspots}: the hotspots of a region and period, within the token's regions. */
@HuiyinServiceTest
class HotspotHandlerTest {

    // not 草海镇, whose hotspots HotspotDetectionTest raises: a claim there would suppress its earlier windows
    private static final String ANALYST = Tokens.scopes("reports:read").regions("52").bearer();
    private static final HotspotDetected IN_A_WEINING_TOWNSHIP = new HotspotDetected("520526101:HOUSING_SECURITY:2034-03-06",
            "520526101", "520526", Category.HOUSING_SECURITY, Instant.parse("2034-03-05T16:00:00Z"),
            Instant.parse("2034-03-12T16:00:00Z"), 12, 1.0, 8.3e-10, 8, Instant.parse("2034-03-12T08:00:00Z"));

    @Autowired
    WebTestClient web;

    @Autowired
    Hotspots hotspots;

    @BeforeEach
    void raiseAHotspot() {
        hotspots.raise(IN_A_WEINING_TOWNSHIP).block();
    }

    @Test
    void listsTheHotspotsOfARegionWhoseWindowsOverlapThePeriod() {
        web.get().uri("/api/v1/hotspots?region=5205&from=2034-03-01&to=2034-03-31")
                .header("Authorization", ANALYST).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region").isEqualTo("5205")
                .jsonPath("$.hotspots.length()").isEqualTo(1)
                .jsonPath("$.hotspots[0].hotspotId").isEqualTo(IN_A_WEINING_TOWNSHIP.hotspotId())
                .jsonPath("$.hotspots[0].category").isEqualTo("HOUSING_SECURITY")
                .jsonPath("$.hotspots[0].categoryLabel").isEqualTo("住房保障")
                .jsonPath("$.hotspots[0].observed").isEqualTo(12)
                .jsonPath("$.hotspots[0].distinctCallers").isEqualTo(8);
    }

    @Test
    void listsNoneOutsideTheRegionOrThePeriod() {
        web.get().uri("/api/v1/hotspots?region=520521&from=2034-03-01&to=2034-03-31")
                .header("Authorization", ANALYST).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.hotspots.length()").isEqualTo(0);
        web.get().uri("/api/v1/hotspots?region=520526&from=2034-04-01&to=2034-04-30")
                .header("Authorization", ANALYST).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.hotspots.length()").isEqualTo(0);
    }

    @Test
    void refusesARegionOutsideTheTokensRegions() {
        web.get().uri("/api/v1/hotspots?region=5205&from=2034-03-01&to=2034-03-31")
                .header("Authorization", Tokens.scopes("reports:read").regions("5201").bearer()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void refusesATokenWithoutReportsRead() {
        web.get().uri("/api/v1/hotspots?region=5205&from=2034-03-01&to=2034-03-31")
                .header("Authorization", Tokens.scopes("cases:read").regions("52").bearer()).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void namesEveryBadParameterInA400Problem() {
        web.get().uri("/api/v1/hotspots?region=&from=2034-13-01")
                .header("Authorization", ANALYST).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("region").contains("from").contains("to"));
    }
}
