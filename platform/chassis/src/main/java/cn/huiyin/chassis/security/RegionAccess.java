package cn.huiyin.chassis.security;

import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.util.List;
import java.util.Set;

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
        Object scope = jwt.getClaims().get("scope");
        Set<String> scopes = scope instanceof String text ? Set.of(text.trim().split("\\s+"))
                : scope instanceof List<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList())
                : Set.of();
        List<String> claimed = jwt.hasClaim(REGIONS_CLAIM) ? jwt.getClaimAsStringList(REGIONS_CLAIM) : List.of();
        return new Client(jwt.getSubject(), scopes, claimed);
    }

    public boolean mayActOn(Client client, String regionCode) {
        if (regionCode == null || regions.find(regionCode).isEmpty()) {
            return false;
        }
        return client.regions().stream()
                .anyMatch(claimed -> regions.find(claimed).isPresent() && regions.covers(claimed, regionCode));
    }

    /** Whether the client acts for a whole province (a province code among its regions). */
    public boolean isProvince(Client client) {
        return client.regions().stream().map(regions::find)
                .anyMatch(region -> region.isPresent() && region.get().level() == RegionLevel.PROVINCE);
    }

    /**
     * Passes the resource through when the client may see it; otherwise answers 404, as if the
     * resource did not exist, so that one county cannot probe another's cases.
     */
    public <T> Mono<T> visibleTo(Client client, String regionCode, T resource, String what) {
        return mayActOn(client, regionCode) ? Mono.just(resource) : Mono.error(ProblemException.notFound(what));
    }
}
