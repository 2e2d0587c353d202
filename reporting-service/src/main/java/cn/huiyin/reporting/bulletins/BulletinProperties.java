package cn.huiyin.reporting.bulletins;


import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code huiyin.reporting.bulletins.*}: the monthly bulletins (快报).
 *
 * @param provinces the provinces whose bulletin, and whose cities' bulletins, the schedule issues
 * @param holidays  public holidays (Beijing days) that are not working days, besides weekends
 * @param interval  how often the schedule looks for bulletins due (it issues each once, catching up a missed day)
 *                  The mastheads are the reports' ({@code huiyin.reporting.headers}, with their {@code bulletin-title}).
 */
@ConfigurationProperties("huiyin.reporting.bulletins")
public record BulletinProperties(
        @DefaultValue("52") List<String> provinces,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("1h") Duration interval) {
}
