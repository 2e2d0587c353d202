package cn.huiyin.reporting.bulletins.application;

/** Where an issue is served: its JSON, its HTML page, its PDF and its workbook. */
public record BulletinLinks(String self, String html, String pdf, String xlsx) {

    public static final String PATH = "/api/v1/bulletins";

    static BulletinLinks of(String id) {
        String self = PATH + "/" + id;
        return new BulletinLinks(self, self + ".html", self + ".pdf", self + ".xlsx");
    }
}
