package cn.huiyin.chassis.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A service's own scope rules, applied before the chassis' default (any other API call needs an
 * authenticated client). Declare one bean per feature:
 *
 * <pre>
 * {@literal @}Bean AccessRules callAccess() {
 *     return exchanges -> exchanges.pathMatchers(HttpMethod.POST, "/api/v1/calls/**")
 *             .hasAuthority(Scopes.authority(Scopes.CALLS_WRITE));
 * }
 * </pre>
 */
@FunctionalInterface
public interface AccessRules {

    void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);
}
