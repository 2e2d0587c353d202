package cn.huiyin.local.probes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthCommandTest {

    @Test
    void readsTheOverallStatusAfterTheComponents() {
        String health = "{\"components\":{\"kafka\":{\"status\":\"DOWN\"},\"mongo\":{\"status\":\"UP\"}},"
                + "\"groups\":[\"liveness\"],\"status\":\"UP\"}";
        assertThat(HealthCommand.topLevelStatus(health)).isEqualTo("UP");
    }

    @Test
    void readsTheOverallStatusBeforeTheComponents() {
        assertThat(HealthCommand.topLevelStatus("{\"status\":\"DOWN\",\"components\":{\"a\":{\"status\":\"UP\"}}}"))
                .isEqualTo("DOWN");
    }

    @Test
    void findsNoStatusInAnErrorPage() {
        assertThat(HealthCommand.topLevelStatus("<html>502 Bad Gateway</html>")).isNull();
        assertThat(HealthCommand.topLevelStatus("{\"detail\":\"\\\"status\\\":\\\"UP\\\"\"}")).isNull();
    }
}
