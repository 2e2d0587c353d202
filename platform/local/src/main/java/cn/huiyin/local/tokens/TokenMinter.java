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

/** Mints RS256 bearer tokens with the claims of DESIGN.md section 8: {@code scope} and {@code regions}. */
public final class TokenMinter {

    public static final String ISSUER = "urn:huiyin:local";

    private final JwtKeys keys;

    public TokenMinter(JwtKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, List<String> scopes, List<String> regions, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("scope", String.join(" ", scopes))
                .claim("regions", List.copyOf(regions))
                .build();
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
