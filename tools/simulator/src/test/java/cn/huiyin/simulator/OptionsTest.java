package cn.huiyin.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void findsEachServicesMetricsOneHundredPortsAboveItAsTheChassisPutsThem() {
        Options options = Options.parse("--token", "t", "--base-url", "http://127.0.0.1",
                "--reporting", "http://127.0.0.1:9084");

        assertThat(options.management()).isEqualTo(new Options.Management(URI.create("http://127.0.0.1:8181"),
                URI.create("http://127.0.0.1:8182"), URI.create("http://127.0.0.1:8183"),
                URI.create("http://127.0.0.1:9184")));
    }

    @Test
    void takesAManagementAddressGivenOnItsOwn() {
        Options options = Options.parse("--token", "t", "--cases-management", "http://127.0.0.1:40001/");

        assertThat(options.management().cases()).isEqualTo(URI.create("http://127.0.0.1:40001"));
        assertThat(options.management().intake()).isEqualTo(URI.create("http://127.0.0.1:8181"));
    }
}
