package cn.huiyin.local.tokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code huiyin token}: prints a locally signed bearer token.
 *
 * <pre>
 * token [--subject demo] [--scope "calls:write cases:read"] [--roles city-office] [--regions 52,5205] [--ttl PT12H]
 *       [--keys data/keys]
 * </pre>
 *
 * Without {@code --scope} and {@code --roles}: every scope and the province centre's roles (supervisor, monitoring
 * office, leader), for trying the whole API; with {@code --roles} only, the roles' own scopes.
 */
public final class TokenCommand {

    static final List<String> ALL_SCOPES = List.of("calls:write", "cases:read", "cases:write", "callbacks:write",
            "households:read", "households:write", "reports:read", "contact:read");
    static final List<String> PROVINCE_ROLES = List.of("hotline-intake", "hotline-callback", "hotline-supervisor",
            "monitoring-office", "leader");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        String subject = "huiyin-local";
        List<String> scopes = null;
        List<String> roles = null;
        List<String> regions = List.of("52");
        Duration ttl = Duration.ofHours(12);
        Path keys = Path.of("data", "keys");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                fail(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--subject" -> subject = value;
                case "--scope", "--scopes" -> scopes = split(value);
                case "--roles", "--role" -> roles = split(value);
                case "--regions" -> regions = split(value);
                case "--ttl" -> ttl = Duration.parse(value);
                case "--keys" -> keys = Path.of(value);
                default -> fail("unknown option " + args[i]);
            }
        }
        if (scopes == null && roles == null) {
            scopes = ALL_SCOPES;
            roles = PROVINCE_ROLES;
        }
        System.out.println(new TokenMinter(JwtKeys.loadOrCreate(keys)).mint(subject,
                scopes == null ? List.of() : scopes, roles == null ? List.of() : roles, regions, ttl));
    }

    private static List<String> split(String value) {
        return new ArrayList<>(Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
    }

    private static void fail(String message) {
        System.err.println("token: " + message);
        System.err.println("usage: token [--subject S] [--scope \"a b\"] [--roles r,s] [--regions 52,5205] [--ttl PT12H] [--keys DIR]");
        System.exit(2);
    }
}
