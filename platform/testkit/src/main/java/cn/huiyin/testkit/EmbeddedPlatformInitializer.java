package cn.huiyin.testkit;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Points a Spring context at the {@link EmbeddedPlatform}, ahead of the service's own configuration, and gives it
 * Reactor Netty resources of its own: with the JVM-wide ones, a context closed by {@code @DirtiesContext} disposes
 * the event loops the other cached contexts' servers and clients run on, and their next requests hang until the
 * client's timeout (spring-boot#38199; seen as SecurityTest's 30 s timeouts after OutboxWhileKafkaIsDownTest).
 */
public class EmbeddedPlatformInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("huiyin-embedded-platform", EmbeddedPlatform.get().springProperties()));
        // a test sends from one client far faster than any real client may; a test of the limit turns it on
        context.getEnvironment().getPropertySources()
                .addLast(new MapPropertySource("huiyin-test-defaults", Map.of("huiyin.rate-limit.enabled", "false")));
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean("huiyinContextNettyResources", ReactorResourceFactory.class, () -> {
                ReactorResourceFactory resources = new ReactorResourceFactory();
                resources.setUseGlobalResources(false);
                return resources;
            });
            // the test client opens a new connection per request: a pooled keep-alive connection to a port that a
            // closed context's server had, and a new context's server has again, would carry the next request
            // nowhere (SecurityTest's first request hung for 30 s in some fresh-clone builds)
            generic.registerBean("huiyinTestClientConnector", ClientHttpConnector.class,
                    () -> new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())));
        }
    }
}
