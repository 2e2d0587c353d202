package cn.huiyin.reporting.bulletins.application;

import static org.assertj.core.api.Assertions.assertThat;

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
        String masthead = BulletinPage.masthead(issue(BIJIE, 5, Instant.parse("2020-05-31T17:00:00Z"), 1));

        assertThat(masthead).contains("毕节市扶贫专线快报").contains("2020年第5期").contains("毕节市政府办扶贫专线服务中心")
                .contains("2020年6月1日").contains("呈报：市委、市政府主要领导。")
                .contains("报送：各县（自治县、市、区）党委、政府。").doesNotContain("修订");
    }

    @Test
    void aRevisedIssueSaysSoAndTextIsEscaped() {
        BulletinHeader hostile = new BulletinHeader("<script>alert(1)</script>中心", "快报 & \"通报\"", List.of(),
                List.of());

        String masthead = BulletinPage.masthead(issue(hostile, 2, Instant.parse("2020-06-01T02:00:00Z"), 3));

        assertThat(masthead).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("快报 &amp; &quot;通报&quot;").contains("修订第3版").doesNotContain("呈报");
    }

    private static Bulletin issue(BulletinHeader header, int number, Instant at, int revision) {
        return new Bulletin("5205-2020-05", "5205", "毕节市", YearMonth.of(2020, 5), number, at, revision, List.of(),
                header, null);
    }
}
