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
}
