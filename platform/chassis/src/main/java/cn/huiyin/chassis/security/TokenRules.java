package cn.huiyin.chassis.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * What a token must carry besides a trusted signature, the audience and an unexpired {@code exp} (Spring Boot adds
 * this validator to its decoder's): a subject, the client every rate limit and audit names; an expiry; a lifetime no
 * longer than the configured one, counted from its issue and from now (a stolen token is not good for years); and,
 * when an issuer is configured, that issuer; and only roles this platform knows ({@link Role}). A token failing any of them is answered 401 like a bad signature.
 */
public final class TokenRules implements OAuth2TokenValidator<Jwt> {

    /** Allowed between the issuer's clock and ours, as Spring Security's own timestamp check allows. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Duration maxLifetime;
    private final String issuer;
    private final Clock clock;

    /** @param issuer the only issuer accepted; blank accepts any (an issuer-uri decoder checks it itself) */
    public TokenRules(Duration maxLifetime, String issuer, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.issuer = issuer == null ? "" : issuer.trim();
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> errors = new ArrayList<>();
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            errors.add(invalid("the token names no subject (sub)"));
        }
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt == null) {
            errors.add(invalid("the token has no expiry (exp)"));
        } else {
            Instant now = clock.instant();
            Instant issuedAt = token.getIssuedAt() == null ? now : token.getIssuedAt();
            Duration limit = maxLifetime.plus(CLOCK_SKEW);
            if (Duration.between(issuedAt, expiresAt).compareTo(limit) > 0
                    || Duration.between(now, expiresAt).compareTo(limit) > 0) {
                errors.add(invalid("the token lives longer than " + maxLifetime.toHours() + " hours"));
            }
        }
        Object roles = token.getClaims().get(Role.CLAIM);
        if (roles != null && !(roles instanceof String) && !(roles instanceof List<?>)) {
            errors.add(invalid("the token's roles are neither a list nor a string"));
        } else {
            RegionAccess.claimValues(token, Role.CLAIM).stream().filter(role -> Role.ofClaim(role).isEmpty()).findFirst()
                    .ifPresent(unknown -> errors.add(invalid("the token names an unknown role: " + unknown
                            + " (known: " + Arrays.stream(Role.values()).map(Role::claimValue)
                            .collect(Collectors.joining(", ")) + ")")));
        }
        if (!issuer.isEmpty() && !issuer.equals(token.getClaimAsString(JwtClaimNames.ISS))) {
            errors.add(invalid("the token was not issued by " + issuer));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
