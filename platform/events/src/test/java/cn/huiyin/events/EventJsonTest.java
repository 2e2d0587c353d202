package cn.huiyin.events;

import static cn.huiyin.events.Schemas.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventJsonTest {

    @Test
    void everyContractHasAnExampleToTest() {
        assertThat(EventContracts.ALL).allSatisfy(contract ->
                assertThat(Events.all()).anyMatch(contract.payloadType()::isInstance));
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#examples")
    void anEventEqualsItselfAfterARoundTripThroughJson(Record event) {
        String json = MAPPER.writeValueAsString(event);

        Record read = MAPPER.readValue(json, event.getClass());

        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#examples")
    void timestampsAreWrittenAsIsoStringsNotNumbers(Record event) throws Exception {
        JsonNode json = MAPPER.valueToTree(event);

        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getType() == Instant.class) {
                JsonNode value = json.get(component.getName());
                assertThat(value.isString()).as(component.getName()).isTrue();
                assertThat(Instant.parse(value.asString())).isEqualTo(component.getAccessor().invoke(event));
            }
        }
    }

    @Test
    void aCaseReceivedReadsLikeTheContract() {
        String json = MAPPER.writeValueAsString(Events.aCaseReceivedFromWeining());

        assertThat(json)
                .contains("\"receivedAt\":\"2020-03-05T01:30:00Z\"")
                .contains("\"channel\":\"PHONE\"")
                .contains("\"categories\":[\"HOUSING_SECURITY\",\"RELOCATION\"]")
                .contains("\"classification\":{")
                .contains("\"maskedPhone\":\"138****0000\"")
                .doesNotContain("\"TYPE\"", "\"TOPIC\"");
    }

    @Test
    void aReaderIgnoresPropertiesANewerProducerAdded() {
        ObjectNode json = MAPPER.valueToTree(Events.aCaseOverdueInWeining());
        json.put("escalatedTo", "city");

        CaseOverdue read = MAPPER.treeToValue(json, CaseOverdue.class);

        assertThat(read).isEqualTo(Events.aCaseOverdueInWeining());
    }

    @Test
    void aCaseVerifiedOfAnOlderProducerReadsWithoutItsReturnCount() {
        ObjectNode json = MAPPER.valueToTree(Events.aCaseVerifiedInWeining());
        json.remove("returnCount");

        CaseVerified read = MAPPER.treeToValue(json, CaseVerified.class);

        assertThat(read.returnCount()).isNull();
        assertThat(read.reopenCount()).isEqualTo(Events.aCaseVerifiedInWeining().reopenCount());
        assertThat(Schemas.validate(EventContracts.CASE_VERIFIED, json)).isEmpty();
    }

    @Test
    void missingOrNullListsAreReadAsEmptyLists() {
        ObjectNode json = MAPPER.valueToTree(Events.aCaseAssignedToWeining());
        json.remove("coDepartments");

        assertThat(MAPPER.treeToValue(json, CaseAssigned.class).coDepartments()).isEmpty();

        json.putNull("coDepartments");

        assertThat(MAPPER.treeToValue(json, CaseAssigned.class).coDepartments()).isEqualTo(List.of());
    }
}
