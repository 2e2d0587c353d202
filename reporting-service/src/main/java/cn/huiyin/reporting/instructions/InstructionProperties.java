package cn.huiyin.reporting.instructions;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.reporting.instructions.*}: leaders' instructions (领导批示件).
 *
 * @param followUpDays the deadline of an instruction that names none: its day plus this many days
 * @param scanInterval how often instructions past their deadline are looked for (published once, gauge refreshed)
 * @param provinces    the provinces whose overdue gauge, and whose cities' gauges, are exported from the start
 */
@ConfigurationProperties("huiyin.reporting.instructions")
public record InstructionProperties(
        @DefaultValue("15") int followUpDays,
        @DefaultValue("10m") Duration scanInterval,
        @DefaultValue("52") List<String> provinces) {
}
