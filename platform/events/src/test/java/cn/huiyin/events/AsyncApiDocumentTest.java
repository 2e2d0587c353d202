package cn.huiyin.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiDocumentTest {

    private static final String FOLDER = "cn/huiyin/events/";
    private static final JsonNode DOCUMENT =
            YAMLMapper.builder().build().readTree(Schemas.resource(FOLDER + "asyncapi.yaml"));

    @Test
    void theDocumentIsAsyncApi3WithProductionAndLocalKafkaServers() {
        assertThat(DOCUMENT.get("asyncapi").asString()).startsWith("3.");
        assertThat(DOCUMENT.at("/info/title").asString()).isEqualTo("Huiyin events");
        assertThat(DOCUMENT.at("/servers/production/protocol").asString()).isEqualTo("kafka");
        assertThat(DOCUMENT.at("/servers/production/host").asString()).isEqualTo("kafka:9092");
        assertThat(DOCUMENT.at("/servers/local/host").asString()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void thereIsAChannelForEveryTopic() {
        Set<String> addresses = StreamSupport.stream(DOCUMENT.get("channels").spliterator(), false)
                .map(channel -> channel.get("address").asString())
                .collect(Collectors.toSet());

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        assertThat(EventContracts.ALL).extracting(EventContract::topic).isSubsetOf(addresses);
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void everyContractHasAMessageWithItsTypeItsSchemaAndAStringKey(EventContract<?> contract) {
        JsonNode message = messageOf(contract);

        assertThat(resolve(message.at("/payload/$ref").asString())).isEqualTo(contract.schemaResource());
        assertThat(message.at("/bindings/kafka/key/type").asString()).isEqualTo("string");
        assertThat(message.at("/bindings/kafka/key/description").asString()).contains(contract.keyField());
        assertThat(message.get("name").asString()).isEqualTo(contract.payloadType().getSimpleName());
    }

    @ParameterizedTest
    @MethodSource("cn.huiyin.events.Events#contracts")
    void theOwningServiceSendsEveryContractAndItCanBeReceived(EventContract<?> contract) {
        String channel = channelKeyOf(contract.topic());
        List<String> actions = new ArrayList<>();
        for (JsonNode operation : DOCUMENT.get("operations")) {
            if (operation.at("/channel/$ref").asString().equals("#/channels/" + channel)) {
                actions.add(operation.get("action").asString());
                assertThat(operation.at("/messages/0/$ref").asString()).startsWith("#/channels/" + channel + "/messages/");
            }
        }

        assertThat(actions).containsExactlyInAnyOrder("send", "receive");
    }

    @Test
    void theHeadersDescribeTheCloudEventsAttributes() {
        JsonNode headers = DOCUMENT.at("/components/schemas/CloudEventHeaders");

        assertThat(headers.get("properties").propertyNames()).contains(
                CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME,
                CloudEventHeaders.SUBJECT, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.CONTENT_TYPE);
        assertThat(headers.at("/properties/ce_specversion/const").asString()).isEqualTo("1.0");
    }

    @Test
    void everySchemaFileIsReferencedByAMessage() throws IOException, URISyntaxException {
        Set<String> referenced = StreamSupport.stream(DOCUMENT.at("/components/messages").spliterator(), false)
                .map(message -> resolve(message.at("/payload/$ref").asString()))
                .collect(Collectors.toSet());
        Path folder = Path.of(getClass().getClassLoader().getResource(FOLDER + "schemas").toURI());

        try (Stream<Path> files = Files.list(folder)) {
            List<String> schemaFiles = files.map(file -> FOLDER + "schemas/" + file.getFileName()).toList();

            assertThat(schemaFiles).isNotEmpty().allSatisfy(file -> assertThat(referenced).contains(file));
        }
        assertThat(referenced).allSatisfy(resource -> assertThat(Schemas.resource(resource)).isNotBlank());
    }

    /** The message whose ce_type header is the contract's type. */
    private static JsonNode messageOf(EventContract<?> contract) {
        for (Map.Entry<String, JsonNode> entry : DOCUMENT.at("/components/messages").properties()) {
            JsonNode message = entry.getValue();
            for (JsonNode part : message.at("/headers/allOf")) {
                if (contract.ceType().equals(part.at("/properties/ce_type/const").asString(null))) {
                    return message;
                }
            }
        }
        throw new AssertionError("no message with ce_type " + contract.ceType());
    }

    private static String channelKeyOf(String topic) {
        for (Map.Entry<String, JsonNode> entry : DOCUMENT.get("channels").properties()) {
            if (entry.getValue().get("address").asString().equals(topic)) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no channel for " + topic);
    }

    /** A payload $ref is relative to the document, which sits in the package folder. */
    private static String resolve(String ref) {
        assertThat(ref).startsWith("./");
        return FOLDER + ref.substring(2);
    }
}
