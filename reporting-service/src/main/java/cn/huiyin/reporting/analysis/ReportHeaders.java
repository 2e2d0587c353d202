package cn.huiyin.reporting.analysis;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code huiyin.reporting.headers.<region code>.*}: the masthead of a region's reports and bulletins — the report's
 * name (毕节市扶贫专线), the bulletin's (毕节市扶贫专线快报), the issuing office (毕节市政府办扶贫专线服务中心), to whom
 * they are submitted (呈报) and sent (报送). A region without an entry gets its name with 扶贫专线, 扶贫专线快报 and
 * 扶贫专线服务中心, and no lists.
 */
@ConfigurationProperties("huiyin.reporting")
public record ReportHeaders(Map<String, Entry> headers) {

    public ReportHeaders {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** One region's masthead; blank parts fall back to the defaults. */
    public record Entry(String title, String bulletinTitle, String office, List<String> submitTo,
            List<String> copyTo) {

        public Entry {
            submitTo = submitTo == null ? List.of() : List.copyOf(submitTo);
            copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
        }
    }

    /** A region's entry with every blank part taken from the defaults of {@code regionName}. */
    public Entry resolved(String regionCode, String regionName) {
        Entry entry = headers.get(regionCode);
        return new Entry(orElse(entry == null ? null : entry.title(), regionName + "扶贫专线"),
                orElse(entry == null ? null : entry.bulletinTitle(), regionName + "扶贫专线快报"),
                orElse(entry == null ? null : entry.office(), regionName + "扶贫专线服务中心"),
                entry == null ? List.of() : entry.submitTo(), entry == null ? List.of() : entry.copyTo());
    }

    /** The masthead of a report of {@code regionName} dated {@code date}, with its issue (null outside a bulletin). */
    public ReportExtras.Header of(String regionCode, String regionName, java.time.LocalDate date, String issue) {
        Entry entry = resolved(regionCode, regionName);
        return new ReportExtras.Header(entry.title(), entry.office(), date, issue, entry.submitTo(), entry.copyTo());
    }

    private static String orElse(String configured, String fallback) {
        return configured == null || configured.isBlank() ? fallback : configured;
    }
}
