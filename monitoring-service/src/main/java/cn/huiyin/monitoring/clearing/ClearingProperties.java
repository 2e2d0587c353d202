package cn.huiyin.monitoring.clearing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.clearing.*}: how long income must have stayed above the line, and how recent the helper's last
 * visit must be, before a household's risk may be eliminated.
 */
@ConfigurationProperties("huiyin.clearing")
public record ClearingProperties(
        @DefaultValue("6") int stableMonths,
        @DefaultValue("3") int visitMaxAgeMonths) {
}
