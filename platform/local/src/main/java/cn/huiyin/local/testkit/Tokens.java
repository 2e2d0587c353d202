package cn.huiyin.local.testkit;

import cn.huiyin.local.tokens.JwtKeys;
import cn.huiyin.local.tokens.TokenMinter;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Bearer tokens signed by the embedded platform's key: {@code Tokens.scopes("cases:read").regions("520526").bearer()}. */
public final class Tokens {

    private final String subject;
    private final List<String> scopes;
    private final List<String> regions;
    private final String audience;
    private final Duration expiresIn;
    private final boolean forged;

    private Tokens(String subject, List<String> scopes, List<String> regions, String audience, Duration expiresIn) {
        this(subject, scopes, regions, audience, expiresIn, false);
    }

    private Tokens(String subject, List<String> scopes, List<String> regions, String audience, Duration expiresIn,
            boolean forged) {
        this.subject = subject;
        this.scopes = scopes;
        this.regions = regions;
        this.audience = audience;
        this.expiresIn = expiresIn;
        this.forged = forged;
    }

    public static Tokens scopes(String... scopes) {
        return new Tokens("test-client", List.of(scopes), List.of("52"), TokenMinter.AUDIENCE, Duration.ofMinutes(30));
    }

    /** The same claims signed by a key no service trusts: a forgery every service must refuse. */
    public Tokens forged() {
        return new Tokens(subject, scopes, regions, audience, expiresIn, true);
    }

    public Tokens regions(String... regions) {
        return new Tokens(subject, scopes, Arrays.asList(regions), audience, expiresIn, forged);
    }

    public Tokens subject(String subject) {
        return new Tokens(subject, scopes, regions, audience, expiresIn, forged);
    }

    /** A token minted for another system: every service must refuse it. */
    public Tokens audience(String audience) {
        return new Tokens(subject, scopes, regions, audience, expiresIn, forged);
    }

    /** A token that expired an hour ago (beyond any clock skew a service allows). */
    public Tokens expired() {
        return new Tokens(subject, scopes, regions, audience, Duration.ofHours(-1), forged);
    }

    public String jwt() {
        Instant now = Instant.now();
        Instant issuedAt = expiresIn.isNegative() ? now.plus(expiresIn).minus(Duration.ofMinutes(30)) : now;
        TokenMinter minter = forged ? ForgerKey.MINTER : EmbeddedPlatform.get().tokens();
        return minter.mint(subject, scopes, regions, audience, issuedAt, now.plus(expiresIn));
    }

    /** The value of an {@code Authorization} header. */
    public String bearer() {
        return "Bearer " + jwt();
    }

    /** Generated once per JVM, on first forgery. */
    private static final class ForgerKey {
        static final TokenMinter MINTER = new TokenMinter(JwtKeys.generate());
    }
}
