package cn.huiyin.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.simulator.http.Api;

import org.junit.jupiter.api.Test;

/** What the simulator expects the reports to count of a case, from case-service's view of it. */
class LedgerTest {

    private static final RegionRegistry REGIONS = RegionRegistry.loadDefault();

    private final Ledger ledger = new Ledger(REGIONS);

    @Test
    void aCaseAwaitingItsSecondCallbackTryCountsAsPending() {
        ledger.caseSettled(Api.JSON.readTree("""
                {"county":"520526","state":"CALLBACK_PENDING","reopenCount":0,
                 "callbacks":[{"attempt":1,"result":"UNREACHABLE"}],
                 "timeline":[{"action":"VERIFIED"},{"action":"CALLBACK_UNREACHABLE"}]}
                """));

        assertThat(ledger.bijie.get("callbackRetryPending")).isEqualTo(1);
        assertThat(ledger.bijie.get("callback.UNREACHABLE")).isZero();
    }

    @Test
    void aCitizenUnreachableAtTheLastTryCountsAsUnreachable() {
        ledger.caseSettled(Api.JSON.readTree("""
                {"county":"520526","state":"CLOSED","reopenCount":0,
                 "callbacks":[{"result":"UNREACHABLE"},{"result":"UNREACHABLE"},{"result":"UNREACHABLE"}]}
                """));

        assertThat(ledger.bijie.get("callback.UNREACHABLE")).isEqualTo(1);
        assertThat(ledger.bijie.get("callbackRetryPending")).isZero();
    }

    @Test
    void cityReturnsAreCountedApartFromCallbackReopenings() {
        ledger.caseSettled(Api.JSON.readTree("""
                {"county":"520526","state":"CALLBACK_PENDING","reopenCount":1,"callbacks":[],
                 "timeline":[{"action":"VERIFIED"},{"action":"RETURNED"},{"action":"VERIFIED"},{"action":"APPROVED"}]}
                """));
        ledger.caseSettled(Api.JSON.readTree("""
                {"county":"520526","state":"INVESTIGATING","reopenCount":1,
                 "callbacks":[{"result":"UNSATISFIED"}],
                 "timeline":[{"action":"VERIFIED"},{"action":"CALLBACK_UNSATISFIED"}]}
                """));

        assertThat(ledger.bijie.get("returnedByCity")).isEqualTo(1);
        assertThat(ledger.bijie.get("reopened")).isEqualTo(1);
    }
}
