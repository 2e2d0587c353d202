package cn.huiyin.testkit;

import cn.huiyin.local.tokens.JwtKeys;
import cn.huiyin.local.tokens.TokenMinter;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Bearer tokens signed by the embedded platform's key: {@code Tokens.scopes("cases:read").regions("520526").bearer()},
 * {@code Tokens.roles("city-office").regions("5205").bearer()},
 * and the shapes a service must refuse (forged, another audience or issuer, expired, no subject, no expiry, too long).
 */
public final class Tokens {

    /** null: a token without {@code sub} */
    private final String subject;
    private final List<String> scopes;
    private final List<String> roles;
    private final List<String> regions;
    private final String audience;
    private final String issuer;
    /** null: a token without {@code exp} */
    private final Duration expiresIn;
    private final boolean forged;

    private Tokens(String subject, List<String> scopes, List<String> roles, List<String> regions, String audience,
            String issuer, Duration expiresIn, boolean forged) {
        this.subject = subject;
        this.scopes = scopes;
        this.roles = roles;
        this.regions = regions;
        this.audience = audience;
        this.issuer = issuer;
        this.expiresIn = expiresIn;
        this.forged = forged;
    }

    public static Tokens scopes(String... scopes) {
        return new Tokens("test-client", List.of(scopes), List.of(), List.of("52"), TokenMinter.AUDIENCE,
                TokenMinter.ISSUER, Duration.ofMinutes(30), false);
    }

    /** A token for roles of the hotline's organisation: {@code Tokens.roles("city-office").regions("5205")}. */
    public static Tokens roles(String... roles) {
        return scopes().withRoles(roles);
    }

    /** These roles besides the scopes given. */
    public Tokens withRoles(String... roles) {
        return new Tokens(subject, scopes, List.of(roles), regions, audience, issuer, expiresIn, forged);
    }

    /** The same claims signed by a key no service trusts: a forgery every service must refuse. */
    public Tokens forged() {
        return new Tokens(subject, scopes, roles, regions, audience, issuer, expiresIn, true);
    }

    public Tokens regions(String... regions) {
        return new Tokens(subject, scopes, roles, Arrays.asList(regions), audience, issuer, expiresIn, forged);
    }

    public Tokens subject(String subject) {
        return new Tokens(subject, scopes, roles, regions, audience, issuer, expiresIn, forged);
    }

    /** A token minted for another system: every service must refuse it. */
    public Tokens audience(String audience) {
        return new Tokens(subject, scopes, roles, regions, audience, issuer, expiresIn, forged);
    }

    /** A token another identity provider issued (signed with the trusted key all the same). */
    public Tokens issuer(String issuer) {
        return new Tokens(subject, scopes, roles, regions, audience, issuer, expiresIn, forged);
    }

    /** A token that expired an hour ago (beyond any clock skew a service allows). */
    public Tokens expired() {
        return expiresIn(Duration.ofHours(-1));
    }

    /** A token valid for this long from now (null: without {@code exp}). */
    public Tokens expiresIn(Duration expiresIn) {
        return new Tokens(subject, scopes, roles, regions, audience, issuer, expiresIn, forged);
    }

    public String jwt() {
        Instant now = Instant.now();
        Instant issuedAt = expiresIn != null && expiresIn.isNegative()
                ? now.plus(expiresIn).minus(Duration.ofMinutes(30)) : now;
        TokenMinter minter = forged ? ForgerKey.MINTER : EmbeddedPlatform.get().tokens();
        return minter.mint(subject, scopes, roles, regions, audience, issuer, issuedAt,
                expiresIn == null ? null : now.plus(expiresIn));
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
