package cn.huiyin.local.testkit;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring context at the {@link EmbeddedPlatform}, ahead of the service's own configuration. */
public class EmbeddedPlatformInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("huiyin-embedded-platform", EmbeddedPlatform.get().springProperties()));
        // a test sends from one client far faster than any real client may; a test of the limit turns it on
        context.getEnvironment().getPropertySources()
                .addLast(new MapPropertySource("huiyin-test-defaults", Map.of("huiyin.rate-limit.enabled", "false")));
    }
}
