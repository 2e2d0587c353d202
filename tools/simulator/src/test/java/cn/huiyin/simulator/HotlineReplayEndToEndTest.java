package cn.huiyin.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.EmbeddedPlatform;
import cn.huiyin.simulator.replay.Replay;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A smaller replay through the four real services, each in its own process started from its jar, on
 * an embedded Kafka and Mongo: what the reports and the case and household APIs say must be exactly
 * what the simulator sent.
 */
class HotlineReplayEndToEndTest {

    static ServiceProcesses services;

    @BeforeAll
    static void startTheServices() throws Exception {
        EmbeddedPlatform platform = EmbeddedPlatform.get();
        services = ServiceProcesses.start(platform.springProperties(), Files.createTempDirectory("huiyin-e2e"));
        // about a minute on an idle 2-core machine; generous for a busy one
        services.awaitHealthy(Duration.ofMinutes(6));
    }

    @AfterAll
    static void stopTheServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void reportsExactlyWhatTheHotlineCountiesCallbackDeskAndDepartmentsSent() throws Exception {
        // each simulated client with its own role and regions, as ./huiyin demo runs it: the city offices review
        List<String> arguments = new ArrayList<>(List.of("--keys", EmbeddedPlatform.get().keysDirectory().toString(),
                "--seed", "7", "--scale", "0.1", "--others", "0.05", "--run-id", "e2e", "--timeout", "PT2M"));
        arguments.addAll(services.addressOptions());
        Options options = Options.parse(arguments.toArray(String[]::new));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Replay.Result result = new Replay(options, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(result.ledger().failures.get()).as("failed actions; output:%n%s", output).isZero();
        assertThat(result.ledger().callsRejected.get()).as("refused calls").isZero();
        assertThat(result.differences()).as("reports against what was sent").isEmpty();
        long transferable = result.scenario().calls().stream().filter(c -> c.transferable()).count();
        assertThat(result.ledger().callsAccepted.get()).isEqualTo(result.scenario().calls().size());
        assertThat(result.ledger().cases.get()).isEqualTo(transferable);
        assertThat(result.ledger().bijie.get("cases")).as("毕节市's backbone cases at scale 0.1, June's included")
                .isGreaterThanOrEqualTo(13);
        assertThat(result.ledger().province.get("verified")).isPositive();
        assertThat(result.ledger().reviews.get()).as("reports reviewed by their city (市级核查 on by default)")
                .isEqualTo(result.ledger().verifications.get());
        assertThat(result.identified()).as("households identified").isPositive();
        assertThat(output).doesNotContainPattern("1[3-9]\\d{9}").doesNotContainPattern("\\d{17}[\\dX]");
    }
}
