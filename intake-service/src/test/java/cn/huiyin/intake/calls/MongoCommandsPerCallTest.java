package cn.huiyin.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.IntakeServiceTest;
import cn.huiyin.testkit.Tokens;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What one call costs in MongoDB round trips before its answer, as the services count them
 * ({@code huiyin_mongo_commands_per_request}): the caller's history, the tracking number and the
 * insert of the call with its event for a new call; one read for a repeat.
 */
@IntakeServiceTest
class MongoCommandsPerCallTest {

    static final String HOTLINE = Tokens.scopes("calls:write").bearer();

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    @Test
    void aNewCallTakesThreeCommandsAndItsRepeatOneRead() {
        Calls call = Calls.anAppealFromWeining();

        double newCall = commandsOf(() -> web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .bodyValue(call.body()).exchange().expectStatus().isCreated());
        double repeat = commandsOf(() -> web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .bodyValue(call.body()).exchange().expectStatus().isOk());

        assertThat(newCall).isEqualTo(3);
        assertThat(repeat).isEqualTo(1);
    }

    @Test
    void countsEveryCommandByCommandAndCollection() {
        double inserts = insertsIntoCalls();

        web.post().uri("/api/v1/calls").header(HttpHeaders.AUTHORIZATION, HOTLINE)
                .bodyValue(Calls.anAppealFromWeining().body()).exchange().expectStatus().isCreated();

        assertThat(insertsIntoCalls()).isEqualTo(inserts + 1);
    }

    /** The commands the one request ran sent, from the growth of the per-request summary. */
    private double commandsOf(Runnable request) {
        DistributionSummary before = summary();
        double total = before == null ? 0 : before.totalAmount();
        long count = before == null ? 0 : before.count();
        request.run();
        DistributionSummary after = summary();
        assertThat(after.count()).isEqualTo(count + 1);
        return after.totalAmount() - total;
    }

    private DistributionSummary summary() {
        return meters.find("huiyin.mongo.commands.per.request").tag("method", "POST").tag("route", "/api/v1/calls")
                .summary();
    }

    private double insertsIntoCalls() {
        var counter = meters.find("huiyin.mongo.commands").tag("command", "insert").tag("collection", "calls")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
