package cn.huiyin.events;

import static cn.huiyin.events.Schemas.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemaTest {

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#examples")
    void everyEventValidatesAgainstItsSchema(Record event) {
        EventContract<?> contract = EventContracts.forEvent(event);

        assertThat(messages(Schemas.validate(contract, MAPPER.valueToTree(event)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void everySchemaIsAClosedDraft202012SchemaWithItsOwnId(EventContract<?> contract) {
        JsonNode schema = Schemas.schemaJson(contract);

        assertThat(messages(Schemas.validateAgainstMetaSchema(schema))).isEmpty();
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString())
                .isEqualTo("https://huiyin.cn/schemas/" + contract.topic() + ".v" + contract.version() + ".json");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("description").asString()).contains(contract.ceType());
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void aSchemaDeclaresExactlyTheRecordsFieldsAndRequiresTheNonNullOnes(EventContract<?> contract) {
        assertMatches(Events.exampleOf(contract), Schemas.schemaJson(contract));
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void aSchemaListsEveryCodeOfEveryEnumTheRecordUses(EventContract<?> contract) {
        List<String> checked = new ArrayList<>();

        assertEnumsListed(contract.payloadType(), Schemas.schemaJson(contract), "", checked);

        // CaseAccepted has no enum at all: then nothing is checked, else something must have been
        boolean usesEnums = java.util.Arrays.stream(contract.payloadType().getRecordComponents())
                .anyMatch(component -> Components.enumType(component) != null);
        assertThat(checked).as("enum fields checked").hasSizeGreaterThanOrEqualTo(usesEnums ? 1 : 0);
        assertThat(usesEnums || contract.payloadType() == CaseAccepted.class).as("a contract without enums").isTrue();
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void anEventMissingARequiredFieldIsRejectedNamingTheField(EventContract<?> contract) {
        for (JsonNode required : Schemas.schemaJson(contract).get("required")) {
            String field = required.asString();

            List<String> errors = validateChanged(contract, json -> json.remove(field));

            assertThat(errors).as("without " + field).anyMatch(names(field));
        }
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void anEventWithAnUnknownEnumCodeIsRejectedNamingTheField(EventContract<?> contract) {
        for (RecordComponent component : contract.payloadType().getRecordComponents()) {
            if (Components.enumType(component) == null) {
                continue;
            }
            String field = component.getName();

            List<String> errors = validateChanged(contract, json -> {
                if (component.getType() == List.class) {
                    json.putArray(field).add("NOT_A_CODE");
                } else {
                    json.put(field, "NOT_A_CODE");
                }
            });

            assertThat(errors).as(field + " = NOT_A_CODE").anyMatch(names(field));
        }
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void anEventWithAnExtraPropertyIsRejectedNamingTheProperty(EventContract<?> contract) {
        List<String> errors = validateChanged(contract, json -> json.put("callerName", "张三"));

        assertThat(errors).anyMatch(names("callerName"));
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void anEventWithACityCodeWhereTheCountyBelongsIsRejected(EventContract<?> contract) {
        List<String> errors = validateChanged(contract, json -> json.put("countyCode", "5205"));

        assertThat(errors).anyMatch(names("countyCode"));
    }

    @Test
    void aFullPhoneNumberIsRejected() {
        List<String> errors = validateChanged(EventContracts.CASE_RECEIVED,
                json -> json.put("maskedPhone", "13812340000"));

        assertThat(errors).anyMatch(names("maskedPhone"));
    }

    @Test
    void aTimestampThatIsNotRfc3339IsRejected() {
        List<String> errors = validateChanged(EventContracts.CASE_RECEIVED,
                json -> json.put("receivedAt", "2020/03/05 09:30"));

        assertThat(errors).anyMatch(names("receivedAt"));
    }

    @Test
    void anUnreachableReasonIsRejectedWhenTheCitizenWasReached() {
        List<String> errors = validateChanged(EventContracts.CALLBACK_COMPLETED, json -> json.put("result", "SATISFIED"));

        assertThat(errors).anyMatch(names("unreachableReason"));
    }

    @Test
    void aNegativeCountOfCityReturnsIsRejected() {
        List<String> errors = validateChanged(EventContracts.CASE_VERIFIED, json -> json.put("returnCount", -1));

        assertThat(errors).anyMatch(names("returnCount"));
    }

    @Test
    void anIdentifiedRiskAtLevelNoneIsRejected() {
        List<String> errors = validateChanged(EventContracts.HOUSEHOLD_RISK_CHANGED, json -> json.put("level", "NONE"));

        assertThat(errors).anyMatch(names("level"));
    }

    private static List<String> validateChanged(EventContract<?> contract, Consumer<ObjectNode> change) {
        ObjectNode json = MAPPER.valueToTree(Events.exampleOf(contract));
        assertThat(messages(Schemas.validate(contract, json))).as("the unchanged example is valid").isEmpty();
        change.accept(json);
        List<String> errors = messages(Schemas.validate(contract, json));
        assertThat(errors).as("errors after the change").isNotEmpty();
        return errors;
    }

    /** The validator names a field by its instance location (/countyCode:, /factors/0:) or quoted ('callId'). */
    private static Predicate<String> names(String field) {
        return message -> message.contains("/" + field + ":") || message.contains("/" + field + "/")
                || message.contains("'" + field + "'");
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static void assertMatches(Record example, JsonNode schema) {
        String type = example.getClass().getSimpleName();
        Set<String> properties = Set.copyOf(schema.get("properties").propertyNames());
        Set<String> required = StreamSupport.stream(schema.get("required").spliterator(), false)
                .map(JsonNode::asString).collect(Collectors.toSet());
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : example.getClass().getRecordComponents()) {
            String field = component.getName();
            fields.add(field);
            boolean isRequired = Components.isRequired(example, component);
            JsonNode property = schema.get("properties").get(field);
            assertThat(property).as(type + "." + field + " in the schema").isNotNull();
            assertThat(required.contains(field)).as(type + "." + field + " required").isEqualTo(isRequired);
            assertThat(allowsNull(property)).as(type + "." + field + " nullable").isEqualTo(!isRequired);
            if (component.getType().isRecord()) {
                assertMatches((Record) Components.valueOf(example, component), property);
            }
        }
        assertThat(properties).as(type + " schema properties").containsExactlyInAnyOrderElementsOf(fields);
    }

    private static boolean allowsNull(JsonNode property) {
        JsonNode type = property.get("type");
        return type.isArray() && StreamSupport.stream(type.spliterator(), false)
                .anyMatch(value -> value.asString().equals("null"));
    }

    private static void assertEnumsListed(Class<?> recordType, JsonNode schema, String path, List<String> checked) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            JsonNode property = schema.get("properties").get(component.getName());
            String field = path + component.getName();
            Class<?> enumType = Components.enumType(component);
            if (enumType != null) {
                JsonNode values = component.getType() == List.class ? property.get("items").get("enum") : property.get("enum");
                assertThat(values).as(field + " enum").isNotNull();
                List<String> listed = StreamSupport.stream(values.spliterator(), false)
                        .filter(value -> !value.isNull()).map(JsonNode::asString).toList();
                assertThat(listed).as(field + " lists every " + enumType.getSimpleName())
                        .containsExactlyElementsOf(Components.codes(enumType));
                checked.add(field);
            } else if (component.getType().isRecord()) {
                assertEnumsListed(component.getType(), property, field + ".", checked);
            }
        }
    }
}
