package cn.huiyin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.List;
import java.util.stream.IntStream;

class EventContractsTest {

    @Test
    void everyTopicHasExactlyOneV1ContractAndItsLaterVersionsFollowWithoutAGap() {
        assertThat(EventContracts.ALL).filteredOn(contract -> contract.version() == 1).extracting(EventContract::topic)
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
        for (String topic : Topics.ALL) {
            List<Integer> versions = EventContracts.onTopic(topic).stream().map(EventContract::version).toList();
            assertThat(versions).as(topic).isEqualTo(IntStream.rangeClosed(1, versions.size()).boxed().toList());
        }
        assertThat(EventContracts.onTopic(Topics.HOUSEHOLD_RISK)).extracting(EventContract::ceType)
                .containsExactly(HouseholdRiskChanged.TYPE, HouseholdMonitoringChanged.TYPE);
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void aContractAgreesWithTheConstantsOfItsRecord(EventContract<?> contract) throws ReflectiveOperationException {
        assertThat(constant(contract.payloadType(), "TYPE")).isEqualTo(contract.ceType());
        assertThat(constant(contract.payloadType(), "TOPIC")).isEqualTo(contract.topic());
        assertThat(contract.schemaResource())
                .isEqualTo("cn/huiyin/events/schemas/" + contract.topic() + ".v" + contract.version() + ".schema.json");
        assertThat(Schemas.resource(contract.schemaResource())).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void aContractIsFoundByItsTypeAndByItsClass(EventContract<?> contract) {
        assertThat(EventContracts.forType(contract.ceType())).contains(contract);
        assertThat(EventContracts.forClass(contract.payloadType())).isSameAs(contract);
        assertThat(EventContracts.onTopic(contract.topic())).containsOnlyOnce(contract);
    }

    @Test
    void anUnknownTypeIsNotFoundSoConsumersCanSkipIt() {
        assertThat(EventContracts.forType("cn.huiyin.case.received.v2")).isEmpty();
    }

    @Test
    void aRecordThatIsNotAnEventHasNoContract() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventContracts.forClass(CaseReceived.Classification.class))
                .withMessageContaining("Classification");
    }

    @Test
    void theKeyIsTheCallCaseOrHouseholdId() {
        assertThat(EventContracts.CASE_RECEIVED.keyOf(Events.aCaseReceivedFromWeining())).isEqualTo("call-0001");
        assertThat(EventContracts.forEvent(Events.aCaseVerifiedInWeining()).keyOf(Events.aCaseVerifiedInWeining()))
                .isEqualTo("case-0001");
        assertThat(EventContracts.HOUSEHOLD_RISK_CHANGED.keyOf(Events.aHouseholdRiskIdentifiedInWeining()))
                .isEqualTo("hh-0042");
    }

    @Test
    void aContractRefusesAKeyFieldTheRecordDoesNotHave() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventContract<>(CaseOverdue.class, Topics.CASE_OVERDUE, CaseOverdue.TYPE,
                        "cn/huiyin/events/schemas/case-overdue.v1.schema.json", "householdId"))
                .withMessageContaining("householdId");
    }

    @Test
    void aContractRefusesAnUnversionedTypeAndAnUnknownTopic() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventContract<>(CaseOverdue.class, Topics.CASE_OVERDUE, "cn.huiyin.case.overdue",
                        "cn/huiyin/events/schemas/case-overdue.v1.schema.json", "caseId"))
                .withMessageContaining("ceType");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventContract<>(CaseOverdue.class, "overdue", CaseOverdue.TYPE,
                        "cn/huiyin/events/schemas/case-overdue.v1.schema.json", "caseId"))
                .withMessageContaining("overdue");
    }

    @Test
    void thePublicTopicsComeFirst() {
        assertThat(Topics.ALL.subList(0, 4)).isEqualTo(List.of(
                Topics.CASE_RECEIVED, Topics.CASE_VERIFIED, Topics.CALLBACK_COMPLETED, Topics.HOUSEHOLD_RISK));
    }

    private static Object constant(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getField(name);
        return field.get(null);
    }
}
