package cn.huiyin.local.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 bearer tokens for the audience {@code huiyin} with the claims of DESIGN.md section 8:
 * {@code scope}, {@code regions} and, when given, {@code roles}.
 */
public final class TokenMinter {

    public static final String ISSUER = "urn:huiyin:local";
    /** The audience every Huiyin service requires ({@code spring.security.oauth2.resourceserver.jwt.audiences}). */
    public static final String AUDIENCE = "huiyin";

    private final JwtKeys keys;

    public TokenMinter(JwtKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, List<String> scopes, List<String> regions, Duration ttl) {
        Instant now = Instant.now();
        return mint(subject, scopes, regions, AUDIENCE, now, now.plus(ttl));
    }

    public String mint(String subject, List<String> scopes, List<String> regions, String audience, Instant issuedAt,
            Instant expiresAt) {
        return mint(subject, scopes, regions, audience, ISSUER, issuedAt, expiresAt);
    }

    /**
     * Any token, including those a service must refuse: another audience or issuer, already expired, and (null
     * {@code subject} or {@code expiresAt}) without a subject or an expiry.
     */
    public String mint(String subject, List<String> scopes, List<String> regions, String audience, String issuer,
            Instant issuedAt, Instant expiresAt) {
        return mint(subject, scopes, List.of(), regions, audience, issuer, issuedAt, expiresAt);
    }

    /** A token for the roles of the hotline's organisation ({@code hotline-supervisor}, {@code city-office} …). */
    public String mint(String subject, List<String> scopes, List<String> roles, List<String> regions, Duration ttl) {
        Instant now = Instant.now();
        return mint(subject, scopes, roles, regions, AUDIENCE, ISSUER, now, now.plus(ttl));
    }

    public String mint(String subject, List<String> scopes, List<String> roles, List<String> regions,
            String audience, String issuer, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(expiresAt == null ? null : Date.from(expiresAt))
                .claim("scope", String.join(" ", scopes))
                .claim("regions", List.copyOf(regions));
        if (!roles.isEmpty()) {
            builder.claim("roles", List.copyOf(roles));
        }
        JWTClaimsSet claims = builder.build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("huiyin-local").build(),
                    claims);
            jwt.sign(new RSASSASigner(keys.privateKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the token", e);
        }
    }
}
