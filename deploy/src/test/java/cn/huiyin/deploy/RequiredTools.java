package cn.huiyin.deploy;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test that needs a tool (promtool, prometheus, kubectl, docker-compose) skips itself on a developer's machine
 * without it, saying what to install; on CI ({@code CI=true}, as {@code .ci/run} runs) a missing tool fails the
 * build instead, so that a green build has run every such test.
 */
final class RequiredTools {

    private RequiredTools() {
    }

    static void require(boolean present, String missing) {
        require(present, missing, onCi());
    }

    static void require(boolean present, String missing, boolean onCi) {
        if (present) {
            return;
        }
        if (onCi) {
            fail(missing + " (CI=true: a test that needs it fails rather than skipping)");
        }
        assumeTrue(false, missing);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
