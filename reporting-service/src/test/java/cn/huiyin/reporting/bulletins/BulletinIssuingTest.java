package cn.huiyin.reporting.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.bulletins.application.BulletinIssuing;
import cn.huiyin.reporting.bulletins.application.BulletinSchedule;
import cn.huiyin.reporting.bulletins.application.Bulletins;
import cn.huiyin.reporting.bulletins.application.Bulletins.Issued;
import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.testkit.HuiyinServiceTest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import reactor.core.publisher.Flux;

/**
 * Issue 19 §3: bulletins numbered 第N期 per region and year in order of generation, regenerations as revisions, and
 * the schedule on the first working day. Each test has years of its own, as the embedded platform is shared.
 */
@HuiyinServiceTest
class BulletinIssuingTest {

    private static final String BIJIE = "5205";
    private static final String GUIYANG = "5201";

    @Autowired
    BulletinIssuing issuing;

    @Autowired
    BulletinSchedule schedule;

    @Autowired
    Bulletins bulletins;

    @Autowired
    Summaries summaries;

    @Autowired
    RegionRegistry regions;

    @Test
    void numbersTheIssuesOfEachRegionFromOneEachYearInOrderOfGeneration() {
        assertThat(issue(BIJIE, 2041, 3).issue()).isEqualTo(1);
        assertThat(issue(BIJIE, 2041, 1).issue()).isEqualTo(2);
        assertThat(issue(GUIYANG, 2041, 1).issue()).isEqualTo(1);
        assertThat(issue(BIJIE, 2041, 2).issue()).isEqualTo(3);
        assertThat(issue(BIJIE, 2042, 1).issue()).as("a new year starts at 第1期 again").isEqualTo(1);

        assertThat(bulletins.of(BIJIE, 2041).map(Bulletin::issueLabel).collectList().block())
                .containsExactly("第1期", "第2期", "第3期");
    }

    @Test
    void concurrentGenerationsOfARegionNeitherShareNorSkipANumber() {
        List<Integer> numbers = Flux.range(1, 8)
                .flatMap(month -> issuing.issue(regions.resolve(BIJIE), YearMonth.of(2045, month)), 8)
                .map(issued -> issued.bulletin().issue()).collectList().block();

        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void concurrentGenerationsOfOneMonthCreateOneIssueAndTakeOneNumber() {
        List<Issued> issued = Flux.range(1, 6)
                .flatMap(attempt -> issuing.issue(regions.resolve(BIJIE), YearMonth.of(2046, 1)), 6)
                .collectList().block();

        assertThat(issued).filteredOn(Issued::created).hasSize(1);
        assertThat(bulletins.find("5205-2046-01").block().revision()).isEqualTo(6);
        assertThat(issue(BIJIE, 2046, 2).issue()).as("no number was lost").isEqualTo(2);
    }

    @Test
    void regeneratingAnIssueKeepsItsNumberAndCountsARevision() {
        Issued first = issuing.issue(regions.resolve(BIJIE), YearMonth.of(2043, 4)).block();
        Issued again = issuing.issue(regions.resolve(BIJIE), YearMonth.of(2043, 4)).block();

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.bulletin().id()).isEqualTo(first.bulletin().id());
        assertThat(again.bulletin().issue()).isEqualTo(first.bulletin().issue());
        assertThat(again.bulletin().revision()).isEqualTo(2);
        assertThat(again.bulletin().revisedAt()).hasSize(1);
        assertThat(again.bulletin().generatedAt()).isEqualTo(first.bulletin().generatedAt());
        for (int i = 0; i < 8; i++) {
            issuing.issue(regions.resolve(BIJIE), YearMonth.of(2043, 4)).block();
        }
        Bulletin revised = bulletins.find(first.bulletin().id()).block();
        assertThat(revised.revision()).isEqualTo(10);
        assertThat(revised.revisedAt()).as("only the last few revision times are kept").hasSize(Bulletin.KEPT_REVISIONS);
    }

    @Test
    void anIssueKeepsTheFiguresAsIssued() {
        Issued issued = issuing.issue(regions.resolve(BIJIE), YearMonth.of(2019, 11)).block();

        Bulletin read = bulletins.find(issued.bulletin().id()).block();

        assertThat(read.summary()).isEqualTo(summaries.summarize(BIJIE, LocalDate.of(2019, 11, 1),
                LocalDate.of(2019, 11, 30)).block());
        assertThat(read.summary()).isEqualTo(issued.bulletin().summary());
        assertThat(read.header().title()).isEqualTo("毕节市扶贫专线快报");
        assertThat(read.header().office()).isEqualTo("毕节市政府办扶贫专线服务中心");
    }

    @Test
    void theScheduleIssuesThePreviousMonthOnceOnTheFirstWorkingDayForTheProvinceAndEveryCity() {
        int regionsScheduled = schedule.regions().size();
        assertThat(regionsScheduled).isEqualTo(1 + regions.children("52").size());

        // 2020-06-01 is a Monday: May is due
        assertThat(schedule.generateDue(LocalDate.of(2020, 6, 1)).collectList().block()).hasSize(regionsScheduled)
                .allMatch(bulletin -> bulletin.month().equals(YearMonth.of(2020, 5)));
        assertThat(schedule.generateDue(LocalDate.of(2020, 6, 1)).collectList().block()).as("run again").isEmpty();
        assertThat(schedule.generateDue(LocalDate.of(2020, 6, 2)).collectList().block()).isEmpty();

        // 2020-08-01 is a Saturday: July is due on Monday 2020-08-03, not before
        assertThat(schedule.generateDue(LocalDate.of(2020, 7, 1)).collectList().block()).hasSize(regionsScheduled);
        assertThat(schedule.generateDue(LocalDate.of(2020, 8, 1)).collectList().block()).isEmpty();
        assertThat(schedule.generateDue(LocalDate.of(2020, 8, 2)).collectList().block()).isEmpty();
        assertThat(schedule.generateDue(LocalDate.of(2020, 8, 3)).collectList().block()).hasSize(regionsScheduled)
                .allMatch(bulletin -> bulletin.month().equals(YearMonth.of(2020, 7)));
        assertThat(schedule.generateDue(LocalDate.of(2020, 8, 3)).collectList().block()).isEmpty();

        assertThat(bulletins.of("52", 2020).map(Bulletin::month).collectList().block())
                .containsExactly(YearMonth.of(2020, 5), YearMonth.of(2020, 6), YearMonth.of(2020, 7));
        assertThat(bulletins.of(BIJIE, 2020).map(Bulletin::issueLabel).collectList().block())
                .containsExactly("第1期", "第2期", "第3期");
    }

    @Test
    void aMissedFirstWorkingDayIsCaughtUpAtTheNextRun() {
        // 2031-07-01 is a Tuesday; the service was down until the 9th
        assertThat(schedule.generateDue(LocalDate.of(2031, 7, 9)).collectList().block())
                .hasSize(schedule.regions().size())
                .allMatch(bulletin -> bulletin.month().equals(YearMonth.of(2031, 6)));
    }

    private Bulletin issue(String region, int year, int month) {
        return issuing.issue(regions.resolve(region), YearMonth.of(year, month)).block().bulletin();
    }
}
