package cn.huiyin.testkit;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A client of a service's management server, where the actuator lives: its own port (the chassis's
 * {@code management.server.port}; a random one under {@link HuiyinServiceTest}, found with
 * {@code @LocalManagementPort}) bound to loopback. The autowired {@code WebTestClient} reaches the API port only.
 */
public final class ManagementClient {

    private ManagementClient() {
    }

    public static WebTestClient on(int managementPort) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
