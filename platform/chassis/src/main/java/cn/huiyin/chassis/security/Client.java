package cn.huiyin.chassis.security;

import java.util.List;
import java.util.Set;

/**
 * The calling system as its token describes it: who ({@code sub}), what it may do ({@code scope})
 * and where ({@code regions}: province, city or county codes; a city covers its counties).
 */
public record Client(String subject, Set<String> scopes, List<String> regions) {

    public Client {
        scopes = Set.copyOf(scopes);
        regions = List.copyOf(regions);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
