package cn.huiyin.chassis.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.huiyin.chassis.sample.SampleApplication;
import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.ManagementClient;
import cn.huiyin.testkit.Tokens;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 17: the actuator (health, metrics with their labels) is served on a management port of its own, bound
 * to loopback unless configured, and no longer on the public API port.
 */
@HuiyinServiceTest(classes = SampleApplication.class)
class ManagementPortTest {

    @Autowired
    WebTestClient web;

    @LocalServerPort
    int serverPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void actuatorIsNotServedOnThePublicPort() {
        for (String open : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"}) {
            web.get().uri(open).exchange().expectStatus().isNotFound();
        }
        web.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        web.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void servesHealthAndMetricsOnTheManagementPortAndGuardsTheRest() {
        assertThat(managementPort).isNotEqualTo(serverPort);
        WebTestClient management = ManagementClient.on(managementPort);

        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        management.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        management.get().uri("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, Tokens.scopes("cases:read").bearer())
                .exchange().expectStatus().isOk();
    }

    @Test
    void managementListensOnLoopbackByDefault() throws IOException {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        InetAddress address = external.get();

        try (Socket api = connect(address, serverPort)) {
            assertThat(api.isConnected()).as("the API port answers on " + address).isTrue();
        }
        assertThatThrownBy(() -> connect(address, managementPort).close())
                .as("the management port on " + address).isInstanceOf(ConnectException.class);
        try (Socket loopback = connect(InetAddress.getLoopbackAddress(), managementPort)) {
            assertThat(loopback.isConnected()).isTrue();
        }
    }

    private static Socket connect(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address, port), 2_000);
        return socket;
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(ManagementPortTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
