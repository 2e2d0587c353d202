package cn.huiyin.chassis.limits;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.rate-limit.*}: how many API requests per second each client (the token's subject) may send,
 * with a burst it may use at once, on the given paths; per-client overrides under {@code clients.<subject>}.
 * {@code label-clients}: whether the count of refused requests names the client (its subject) as a label; off by
 * default, so that the metrics, readable by whoever scrapes them, do not list the province's clients.
 */
@ConfigurationProperties("huiyin.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("100") long requestsPerSecond,
        @DefaultValue("200") long burst,
        @DefaultValue("/api/**") List<String> paths,
        @DefaultValue Map<String, Client> clients,
        @DefaultValue("false") boolean labelClients) {

    public RateLimitProperties {
        if (requestsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("huiyin.rate-limit.requests-per-second and burst must be at least 1");
        }
    }

    /** One client's own limit, e.g. the hotline's call-taking system. */
    public record Client(long requestsPerSecond, long burst) {
    }

    Client limitOf(String subject) {
        Client own = clients.get(subject);
        return own != null ? own : new Client(requestsPerSecond, burst);
    }
}
