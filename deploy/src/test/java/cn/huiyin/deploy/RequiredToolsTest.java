package cn.huiyin.deploy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolsTest {

    @Test
    void aMissingToolFailsTheBuildOnCiInsteadOfSkippingTheTest() {
        assertThatThrownBy(() -> RequiredTools.require(false, "promtool is not installed", true))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("promtool is not installed");
    }

    @Test
    void aMissingToolSkipsTheTestOnADevelopersMachine() {
        assertThatThrownBy(() -> RequiredTools.require(false, "promtool is not installed", false))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aPresentToolLetsTheTestRunEverywhere() {
        assertThatCode(() -> RequiredTools.require(true, "unused", true)).doesNotThrowAnyException();
    }
}
