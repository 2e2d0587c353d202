package cn.huiyin.chassis.security;

/** The scopes of DESIGN.md section 8, and the authorities Spring Security derives from them. */
public final class Scopes {

    public static final String CALLS_WRITE = "calls:write";
    public static final String CASES_READ = "cases:read";
    public static final String CASES_WRITE = "cases:write";
    public static final String CALLBACKS_WRITE = "callbacks:write";
    public static final String HOUSEHOLDS_READ = "households:read";
    public static final String HOUSEHOLDS_WRITE = "households:write";
    public static final String REPORTS_READ = "reports:read";
    public static final String CONTACT_READ = "contact:read";

    private Scopes() {
    }

    /** {@code calls:write} → {@code SCOPE_calls:write}, for {@code hasAuthority}. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
