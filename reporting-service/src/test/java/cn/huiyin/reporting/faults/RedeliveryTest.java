package cn.huiyin.reporting.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.reporting.projections.streams.ReadModelLag;
import cn.huiyin.reporting.seed.EventFeed;
import cn.huiyin.reporting.seed.Published;
import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 (5): every event delivered two to five times (the same {@code ce_id}), and out of order across the six
 * topics (callbacks before verifications before the call itself), leaves the reports as one ordered delivery does.
 * The same history is delivered in order in one year and scrambled in the next, so the two read models share the
 * service's database without touching each other.
 */
@HuiyinServiceTest
class RedeliveryTest {

    static final int IN_ORDER = 2017;
    static final int SCRAMBLED = 2018;

    @Autowired
    Summaries summaries;

    @Autowired
    ReadModelLag readModel;

    @Test
    void duplicatedAndReorderedEventsLeaveTheReportsUnchanged() {
        for (Published event : CaseHistories.of(IN_ORDER)) {
            deliver(List.of(event));
        }
        Summary inOrder = summary(CaseHistories.COUNTY, IN_ORDER);
        assertThat(inOrder.total()).isEqualTo(3);
        assertThat(inOrder.calls().total()).isEqualTo(4);
        assertThat(inOrder.closed()).isEqualTo(2);
        assertThat(inOrder.reopened()).isEqualTo(1);
        assertThat(inOrder.late()).isEqualTo(1);
        assertThat(inOrder.missing()).isEqualTo(1);
        assertThat(inOrder.households().identified()).isEqualTo(2);
        assertThat(inOrder.households().cleared()).isEqualTo(1);

        deliver(scrambled(CaseHistories.of(SCRAMBLED), new Random(9)));

        assertSameFigures(summary(CaseHistories.COUNTY, SCRAMBLED), inOrder);
        assertSameFigures(summary(CaseHistories.CITY, SCRAMBLED), summary(CaseHistories.CITY, IN_ORDER));
    }

    @Test
    void theSameEventDeliveredManyTimesCountsOnce() {
        List<Published> history = CaseHistories.of(2016);
        List<Published> fiveTimes = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            fiveTimes.addAll(history);
        }

        deliver(fiveTimes);

        Summary summary = summary(CaseHistories.COUNTY, 2016);
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.calls().total()).isEqualTo(4);
        assertThat(summary.closed()).isEqualTo(2);
        assertThat(summary.households().identified()).isEqualTo(2);
        assertThat(summary.households().cleared()).isEqualTo(1);
    }

    /** Newest first (so every case's callback comes before its verification and its call), then 1–4 more copies. */
    static List<Published> scrambled(List<Published> history, Random random) {
        List<Published> deliveries = new ArrayList<>(history);
        Collections.reverse(deliveries);
        List<Published> again = new ArrayList<>();
        for (Published event : history) {
            for (int copy = 1 + random.nextInt(4); copy > 0; copy--) {
                again.add(event);
            }
        }
        Collections.shuffle(again, random);
        deliveries.addAll(again);
        return deliveries;
    }

    private void deliver(List<Published> deliveries) {
        EventFeed.publish(deliveries);
        // every event published so far is in MongoDB's read model: the topology and its sink are caught up
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(readModel::caughtUp);
    }

    private Summary summary(String region, int year) {
        return summaries.summarize(region, CaseHistories.from(year), CaseHistories.to(year)).block();
    }

    /**
     * The same figures in another year. Households monitored are counted at the end of the range over all time, so
     * the later year also counts the one household the earlier year left monitored: one more, whatever the order.
     */
    private static void assertSameFigures(Summary later, Summary earlier) {
        assertThat(later).usingRecursiveComparison().ignoringFields("from", "to", "monthly.month", "leagueComparedWith",
                "households.monitored").isEqualTo(earlier);
        assertThat(later.households().monitored()).isEqualTo(earlier.households().monitored() + 1);
    }

}
