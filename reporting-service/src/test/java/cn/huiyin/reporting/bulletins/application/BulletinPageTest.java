package cn.huiyin.reporting.bulletins.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.reporting.analysis.AnalysisReport;
import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class BulletinPageTest {

    private static final BulletinHeader BIJIE = new BulletinHeader("毕节市政府办扶贫专线服务中心", "毕节市扶贫专线快报",
            List.of("市委、市政府主要领导"), List.of("各县（自治县、市、区）党委、政府"));

    @Test
    void theMastheadNamesTheTitleIssueOfficeDateAndDistribution() {
        // 2020-06-01 01:00 in Beijing is still 2020-05-31 in UTC
        var masthead = BulletinPage.masthead(issue(BIJIE, 5, Instant.parse("2020-05-31T17:00:00Z"), 1));

        assertThat(masthead.title()).isEqualTo("毕节市扶贫专线快报");
        assertThat(masthead.issue()).isEqualTo("2020年第5期");
        assertThat(masthead.office()).isEqualTo("毕节市政府办扶贫专线服务中心");
        assertThat(masthead.date()).isEqualTo("2020-06-01");
        assertThat(masthead.submitTo()).containsExactly("市委、市政府主要领导");
        assertThat(masthead.copyTo()).containsExactly("各县（自治县、市、区）党委、政府");
    }

    @Test
    void aRevisedIssueSaysSoAndThePageEscapesTheMasthead() {
        BulletinHeader hostile = new BulletinHeader("<script>alert(1)</script>中心", "快报 & \"通报\"", List.of(),
                List.of());
        Bulletin revised = issue(hostile, 2, Instant.parse("2020-06-01T02:00:00Z"), 3);

        assertThat(BulletinPage.masthead(revised).issue()).isEqualTo("2020年第2期（修订第3版）");
        String page = new BulletinPage(new AnalysisReport()).render(new Bulletin(revised.id(), revised.regionCode(),
                revised.regionName(), revised.month(), revised.issue(), revised.generatedAt(), revised.revision(),
                revised.revisedAt(), hostile, cn.huiyin.reporting.analysis.SeedSummaries.anEmptyPeriodInBijie()));
        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("快报 &amp; &quot;通报&quot;").contains("修订第3版").doesNotContain("呈报");
    }

    private static Bulletin issue(BulletinHeader header, int number, Instant at, int revision) {
        return new Bulletin("5205-2020-05", "5205", "毕节市", YearMonth.of(2020, 5), number, at, revision, List.of(),
                header, null);
    }
}
