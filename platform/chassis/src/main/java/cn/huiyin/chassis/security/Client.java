package cn.huiyin.chassis.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The calling system as its token describes it: who ({@code sub}), what it may do ({@code scope}, and the scopes
 * of its {@code roles}), where ({@code regions}: province, city or county codes; a city covers its counties) and
 * as whom in the hotline's organisation ({@code roles}).
 */
public record Client(String subject, Set<String> scopes, List<String> regions, Set<Role> roles) {

    public Client {
        Set<String> granted = new HashSet<>(scopes);
        roles.forEach(role -> granted.addAll(role.scopes()));
        scopes = Set.copyOf(granted);
        regions = List.copyOf(regions);
        roles = Set.copyOf(roles);
    }

    /** A client with scopes only (an integrated system without an organisational role). */
    public Client(String subject, Set<String> scopes, List<String> regions) {
        this(subject, scopes, regions, Set.of());
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
