package cn.huiyin.reporting.instructions.model;

/**
 * What an instruction was written on: a bulletin (its id, issue number and title, e.g. 毕节市扶贫专线快报 2020年第5期)
 * or a case (its id and tracking number).
 */
public record Subject(String bulletinId, Integer issue, String bulletinTitle, String caseId, String trackingNumber) {

    public static Subject bulletin(String id, int issue, String title) {
        return new Subject(id, issue, title, null, null);
    }

    public static Subject ofCase(String caseId, String trackingNumber) {
        return new Subject(null, null, null, caseId, trackingNumber);
    }

    public boolean isBulletin() {
        return bulletinId != null;
    }
}
