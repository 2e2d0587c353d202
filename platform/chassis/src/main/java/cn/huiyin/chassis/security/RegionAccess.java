package cn.huiyin.chassis.security;

import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import reactor.core.publisher.Mono;

/**
 * Answers "may this client act on region X" with the region registry, so that functional areas are
 * honoured: a token for 金海湖新区 covers 小坝镇 although its code starts with 七星关区's.
 */
public class RegionAccess {

    public static final String REGIONS_CLAIM = "regions";

    private final RegionRegistry regions;

    public RegionAccess(RegionRegistry regions) {
        this.regions = regions;
    }

    /** The client of the current request. */
    public Mono<Client> currentClient() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> clientOf(((JwtAuthenticationToken) authentication).getToken()))
                .switchIfEmpty(Mono.error(() -> new org.springframework.security.authentication
                        .AuthenticationCredentialsNotFoundException("no bearer token")));
    }

    public static Client clientOf(Jwt jwt) {
        List<String> claimed = jwt.hasClaim(REGIONS_CLAIM) ? jwt.getClaimAsStringList(REGIONS_CLAIM) : List.of();
        return new Client(jwt.getSubject(), Set.copyOf(claimValues(jwt, "scope")), claimed,
                claimValues(jwt, Role.CLAIM).stream().map(Role::ofClaim).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
    }

    /** A claim of names ({@code scope}, {@code roles}): a list, or one space-separated string; none when absent. */
    static List<String> claimValues(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        return value instanceof String text
                ? Arrays.stream(text.trim().split("\\s+")).filter(v -> !v.isEmpty()).toList()
                : value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** Spring Security's authorities of a token: {@code SCOPE_x} for its scopes and its roles' scopes. */
    static Collection<GrantedAuthority> authoritiesOf(Jwt jwt) {
        Client client = clientOf(jwt);
        return client.scopes().stream().<GrantedAuthority>map(scope -> new SimpleGrantedAuthority(
                Scopes.authority(scope))).toList();
    }

    public boolean mayActOn(Client client, String regionCode) {
        if (regionCode == null || regions.find(regionCode).isEmpty()) {
            return false;
        }
        return client.regions().stream()
                .anyMatch(claimed -> regions.find(claimed).isPresent() && regions.covers(claimed, regionCode));
    }

    /**
     * Whether the client holds {@code role} for a region of {@code level} that covers every one of
     * {@code regionCodes}: a city office for 毕节市 is over 威宁县, not over 南明区, and its token's county
     * regions never make it a city.
     */
    public boolean actsAbove(Client client, Role role, RegionLevel level, String... regionCodes) {
        return client.holds(role) && client.regions().stream().map(regions::find).flatMap(Optional::stream)
                .filter(region -> region.level() == level)
                .anyMatch(region -> Arrays.stream(regionCodes).allMatch(code -> code != null
                        && regions.find(code).isPresent() && regions.covers(region.code(), code)));
    }

    /**
     * Passes the resource through when the client may see it; otherwise answers 404, as if the
     * resource did not exist, so that one county cannot probe another's cases.
     */
    public <T> Mono<T> visibleTo(Client client, String regionCode, T resource, String what) {
        return mayActOn(client, regionCode) ? Mono.just(resource) : Mono.error(ProblemException.notFound(what));
    }
}
