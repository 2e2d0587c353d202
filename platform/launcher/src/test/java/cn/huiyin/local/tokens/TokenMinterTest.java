package cn.huiyin.local.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMinterTest {

    @TempDir
    Path keys;

    @Test
    void mintsATokenTheWrittenPublicKeyVerifies() throws Exception {
        JwtKeys created = JwtKeys.loadOrCreate(keys);
        String token = new TokenMinter(created).mint("hotline-12317", List.of("calls:write", "cases:read"),
                List.of("5205"), Duration.ofMinutes(5));

        JwtKeys reloaded = JwtKeys.loadOrCreate(keys);
        SignedJWT jwt = SignedJWT.parse(token);

        assertThat(Files.readString(keys.resolve(JwtKeys.PUBLIC_FILE))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(jwt.verify(new RSASSAVerifier(reloaded.publicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("hotline-12317");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("calls:write cases:read");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("regions")).containsExactly("5205");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(jwt.getJWTClaimsSet().getIssueTime());
    }

    @Test
    void aTokenOfAnotherKeyDoesNotVerify() throws Exception {
        String foreign = new TokenMinter(JwtKeys.generate()).mint("x", List.of(), List.of(), Duration.ofMinutes(1));

        assertThat(SignedJWT.parse(foreign).verify(new RSASSAVerifier(JwtKeys.loadOrCreate(keys).publicKey())))
                .isFalse();
    }
}
