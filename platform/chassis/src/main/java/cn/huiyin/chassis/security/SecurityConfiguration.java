package cn.huiyin.chassis.security;

import cn.huiyin.chassis.web.ProblemResponses;
import cn.huiyin.regions.RegionRegistry;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * OAuth2 resource server for every service (DESIGN.md section 8): a bearer JWT on every API call,
 * scopes (claimed, or implied by the token's {@link Role roles}) checked by each service's
 * {@link AccessRules}, 401/403 answered as problem+json. Health,
 * metrics and the API documents stay open for probes, Prometheus and department developers.
 */
@AutoConfiguration
@EnableWebFluxSecurity
public class SecurityConfiguration {

    // the /actuator paths are served on the management port only (ChassisDefaults), whose requests pass this chain
    // too: health, info and prometheus are open there, metrics needs a token; the API port answers them 404
    static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
        "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
        "/swagger-ui/**", "/webjars/**", "/asyncapi.yaml", "/schemas/**", "/favicon.ico"};

    /** Static: a post-processor must exist before the beans it processes. */
    @Bean
    static IssuerAsText issuerAsText() {
        return new IssuerAsText();
    }

    /** Added by Spring Boot to its JWT decoder's validators (huiyin.security.token.*, defaults in ChassisDefaults). */
    @Bean
    TokenRules huiyinTokenRules(@Value("${huiyin.security.token.max-lifetime:12h}") Duration maxLifetime,
            @Value("${huiyin.security.token.issuer:}") String issuer) {
        return new TokenRules(maxLifetime, issuer, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    RegionAccess regionAccess(RegionRegistry regions) {
        return new RegionAccess(regions);
    }

    /**
     * The firewall refuses paths with an encoded slash, a NUL or a traversal before any handler runs;
     * answered as a problem like every other 400, without repeating the path.
     */
    @Bean
    @ConditionalOnMissingBean
    ServerExchangeRejectedHandler problemForRejectedExchange(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "Bad request",
                "the request path contains characters that are not allowed", null);
    }

    /** A token's authorities: its scopes and the scopes of its roles ({@link Role}). */
    private static ReactiveJwtAuthenticationConverterAdapter tokenAuthorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(RegionAccess::authoritiesOf);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain huiyinSecurity(ServerHttpSecurity http, ObjectProvider<AccessRules> rules,
            ProblemResponses problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "a valid bearer token is required", null);
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                "Forbidden", "the token's scopes do not allow this action", null);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(OPEN_PATHS).permitAll();
                    exchanges.pathMatchers(HttpMethod.OPTIONS).permitAll();
                    rules.orderedStream().forEach(rule -> rule.configure(exchanges));
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenAuthorities()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }
}
