package cn.huiyin.local.testkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Bearer tokens signed by the embedded platform's key: {@code Tokens.scopes("cases:read").regions("520526").bearer()}. */
public final class Tokens {

    private final String subject;
    private final List<String> scopes;
    private final List<String> regions;

    private Tokens(String subject, List<String> scopes, List<String> regions) {
        this.subject = subject;
        this.scopes = scopes;
        this.regions = regions;
    }

    public static Tokens scopes(String... scopes) {
        return new Tokens("test-client", List.of(scopes), List.of("52"));
    }

    public Tokens regions(String... regions) {
        return new Tokens(subject, scopes, Arrays.asList(regions));
    }

    public Tokens subject(String subject) {
        return new Tokens(subject, scopes, regions);
    }

    public String jwt() {
        return EmbeddedPlatform.get().tokens().mint(subject, scopes, regions, Duration.ofMinutes(30));
    }

    /** The value of an {@code Authorization} header. */
    public String bearer() {
        return "Bearer " + jwt();
    }
}
