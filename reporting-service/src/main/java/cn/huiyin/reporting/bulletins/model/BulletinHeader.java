package cn.huiyin.reporting.bulletins.model;

import java.util.List;

/**
 * The masthead of a region's bulletin (快报): the issuing office, the bulletin's title, and whom it is submitted to
 * (呈报) and sent to (报送).
 */
public record BulletinHeader(String office, String title, List<String> submittedTo, List<String> sentTo) {

    public BulletinHeader {
        submittedTo = submittedTo == null ? List.of() : List.copyOf(submittedTo);
        sentTo = sentTo == null ? List.of() : List.copyOf(sentTo);
    }

    /** For a region without a configured masthead: "毕节市扶贫专线服务中心", "毕节市扶贫专线快报". */
    public static BulletinHeader byDefault(String regionName) {
        return new BulletinHeader(regionName + "扶贫专线服务中心", regionName + "扶贫专线快报", List.of(), List.of());
    }

    /** Missing parts of a configured masthead are taken from the default. */
    public BulletinHeader orDefaults(String regionName) {
        BulletinHeader defaults = byDefault(regionName);
        return new BulletinHeader(blank(office) ? defaults.office() : office,
                blank(title) ? defaults.title() : title, submittedTo, sentTo);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
