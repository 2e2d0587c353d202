package cn.huiyin.simulator.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer token of each simulated client. Either one token for all (an all-scope token as
 * {@code ./huiyin up} prints it: it cannot do a city's review), or, given the local signing key, one per client
 * with only the role, scopes and regions that client has: the hotline's intake, each county office, each city
 * office (市级核查), the callback desk, the department systems, the monitoring office and the analyst.
 */
public final class ClientTokens {

    private final String shared;
    private final RSAPrivateKey key;
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    private ClientTokens(String shared, RSAPrivateKey key) {
        this.shared = shared;
        this.key = key;
    }

    public static ClientTokens shared(String token) {
        return new ClientTokens(token, null);
    }

    /** Mints with {@code jwt-private.pem} in the directory (the key ./huiyin writes to data/keys). */
    public static ClientTokens minted(Path keys) {
        try {
            String pem = Files.readString(keys.resolve("jwt-private.pem"));
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return new ClientTokens(null,
                    (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key in " + keys, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key in " + keys + " is not an RSA key", e);
        }
    }

    public String hotline() {
        return token("sim-hotline", List.of("calls:write"), "hotline-intake", List.of("52"));
    }

    public String county(String countyCode) {
        return token("sim-county-" + countyCode, List.of("cases:read", "cases:write"), "county-office",
                List.of(countyCode));
    }

    /** The city office that reviews its counties' reports (市级核查). */
    public String city(String cityCode) {
        return token("sim-city-" + cityCode, List.of("cases:read", "cases:write"), "city-office", List.of(cityCode));
    }

    /** A city's leader (领导), who writes instructions (批示) on its bulletins. */
    public String leader(String cityCode) {
        return token("sim-leader-" + cityCode, List.of("reports:read", "cases:read"), "leader", List.of(cityCode));
    }

    public String callbackDesk() {
        return token("sim-callback-desk", List.of("cases:read", "callbacks:write"), "hotline-callback",
                List.of("52"));
    }

    public String departments() {
        return token("sim-departments", List.of("households:write"), "department", List.of("52"));
    }

    public String monitoringOffice() {
        return token("sim-monitoring-office", List.of("households:read", "households:write"), "monitoring-office",
                List.of("52"));
    }

    public String analyst() {
        return token("sim-analyst", List.of("reports:read"), null, List.of("52"));
    }

    private String token(String subject, List<String> scopes, String role, List<String> regions) {
        if (shared != null) {
            return shared;
        }
        return minted.computeIfAbsent(subject, s -> mint(s, scopes, role, regions));
    }

    private String mint(String subject, List<String> scopes, String role, List<String> regions) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("urn:huiyin:local").audience("huiyin").subject(subject)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(2))))
                .claim("scope", String.join(" ", scopes)).claim("regions", regions)
                .claim("roles", role == null ? List.of() : List.of(role)).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("huiyin-local").build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
