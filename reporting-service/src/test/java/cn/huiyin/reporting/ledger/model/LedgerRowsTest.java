package cn.huiyin.reporting.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.model.CallFact;
import cn.huiyin.reporting.projections.model.Cases;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A case's row in the ledger (台账) says what the report counts of it. */
class LedgerRowsTest {

    private final LedgerRows rows = new LedgerRows(RegionRegistry.loadDefault());
    private final CallFact verified = CallFact.empty(Cases.CALL).with(Cases.received())
            .with(Cases.verified(Cases.TRANSFERRED.plus(Duration.ofDays(10)), ReportedSatisfaction.SATISFIED));

    @Test
    void aCaseAwaitingItsSecondCallbackTryIsPendingInTheLedger() {
        CallFact waiting = verified.with(Cases.callback(1, CallbackResult.UNREACHABLE,
                Cases.TRANSFERRED.plus(Duration.ofDays(11)), false));

        assertThat(rows.of(waiting).callbackSatisfaction()).isEqualTo(LedgerRow.RETRY_PENDING);
    }

    @Test
    void aCitizenUnreachableAtTheLastTryIsUnreachableInTheLedger() {
        CallFact givenUp = verified.with(Cases.callback(3, CallbackResult.UNREACHABLE,
                Cases.TRANSFERRED.plus(Duration.ofDays(13)), true));

        assertThat(rows.of(givenUp).callbackSatisfaction()).isEqualTo("UNREACHABLE");
    }
}
