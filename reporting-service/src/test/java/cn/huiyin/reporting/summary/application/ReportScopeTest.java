package cn.huiyin.reporting.summary.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.regions.RegionRegistry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import reactor.util.context.Context;

/** The report's scope refuses in the application's words (issue 18): the chassis answers them 400 and 403. */
class ReportScopeTest {

    private static final RegionRegistry REGIONS = RegionRegistry.loadDefault();
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 5, 31);

    private final ReportScope scope = new ReportScope(REGIONS, new RegionAccess(REGIONS));

    @Test
    void refusesARegionOutsideTheTokensRegionsAsNotPermitted() {
        assertThatThrownBy(() -> scope.check("5205", FROM, TO).contextWrite(tokenFor("5201")).block())
                .isInstanceOf(NotPermitted.class)
                .hasMessage("the token's regions do not cover region 5205");
    }

    @Test
    void namesEveryBadParameterInOneInvalidInput() {
        assertThatThrownBy(() -> scope.check("529999", TO, FROM).block())
                .isInstanceOfSatisfying(InvalidInput.class, refusal -> assertThat(refusal.errors()).containsExactly(
                        new FieldError("region", "must be a known province, city or county code"),
                        new FieldError("from", "must not be after to")));
    }

    @Test
    void letsATokenCoveringTheRegionThrough() {
        assertThat(scope.check("520526", FROM, TO).contextWrite(tokenFor("5205")).block().code()).isEqualTo("520526");
    }

    private static Context tokenFor(String region) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "none").subject("analyst")
                .claim("scope", "reports:read").claim("regions", List.of(region))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt));
    }
}
