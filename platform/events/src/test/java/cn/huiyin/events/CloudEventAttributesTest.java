package cn.huiyin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventAttributesTest {

    private static final Instant NOW = Instant.parse("2020-03-05T01:30:00.123Z");
    private static final URI INTAKE = CloudEventAttributes.sourceOf("intake-service");

    private final CloudEventAttributes attributes =
            CloudEventAttributes.of(EventContracts.CASE_RECEIVED, "call-0001", INTAKE, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void newAttributesCarryTheContractsTypeARandomIdAndTheClocksTime() {
        CloudEventAttributes other = CloudEventAttributes.of(EventContracts.CASE_RECEIVED, "call-0001", INTAKE, NOW);

        assertThat(attributes.type()).isEqualTo("cn.huiyin.case.received.v1");
        assertThat(attributes.time()).isEqualTo(NOW);
        assertThat(attributes.subject()).isEqualTo("call-0001");
        assertThat(attributes.id()).isNotEqualTo(other.id()).hasSize(36);
    }

    @Test
    void aServicesSourceIsAHuiyinUrn() {
        assertThat(INTAKE).hasToString("urn:huiyin:intake-service");
        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventAttributes.sourceOf("Intake Service"));
    }

    @Test
    void headersAreOrderedAndIncludeTheSpecVersionAndContentType() {
        Map<String, String> headers = attributes.toHeaders();

        assertThat(headers).containsExactly(
                Map.entry("ce_specversion", "1.0"),
                Map.entry("ce_id", attributes.id()),
                Map.entry("ce_type", "cn.huiyin.case.received.v1"),
                Map.entry("ce_source", "urn:huiyin:intake-service"),
                Map.entry("ce_time", "2020-03-05T01:30:00.123Z"),
                Map.entry("ce_subject", "call-0001"),
                Map.entry("content-type", "application/json"));
    }

    @Test
    void attributesSurviveARoundTripThroughStringHeaders() {
        assertThat(CloudEventAttributes.fromHeaders(attributes.toHeaders())).isEqualTo(attributes);
    }

    @Test
    void attributesSurviveARoundTripThroughUtf8ByteHeadersAsKafkaDeliversThem() {
        Map<String, byte[]> kafkaHeaders = new LinkedHashMap<>();
        attributes.toHeaders().forEach((name, value) -> kafkaHeaders.put(name, value.getBytes(StandardCharsets.UTF_8)));
        kafkaHeaders.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));

        assertThat(CloudEventAttributes.fromHeaders(kafkaHeaders)).isEqualTo(attributes);
    }

    @Test
    void theSubjectIsOptional() {
        Map<String, String> headers = new HashMap<>(attributes.toHeaders());
        headers.remove(CloudEventHeaders.SUBJECT);

        assertThat(CloudEventAttributes.fromHeaders(headers).subject()).isNull();
    }

    @Test
    void aTimeWithAnOffsetIsReadAsTheSameInstant() {
        Map<String, String> headers = new HashMap<>(attributes.toHeaders());
        headers.put(CloudEventHeaders.TIME, "2020-03-05T09:30:00.123+08:00");

        assertThat(CloudEventAttributes.fromHeaders(headers).time()).isEqualTo(NOW);
    }

    @Test
    void aMissingIdIsRejectedNamingTheHeader() {
        Map<String, String> headers = new HashMap<>(attributes.toHeaders());
        headers.remove(CloudEventHeaders.ID);

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
                .withMessageContaining("ce_id").withMessageContaining("missing");
    }

    @Test
    void aTimeThatIsNotRfc3339IsRejectedNamingTheHeader() {
        Map<String, String> headers = new HashMap<>(attributes.toHeaders());
        headers.put(CloudEventHeaders.TIME, "2020-03-05 09:30");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
                .withMessageContaining("ce_time").withMessageContaining("2020-03-05 09:30");
    }

    @Test
    void anotherSpecVersionIsRejected() {
        Map<String, String> headers = new HashMap<>(attributes.toHeaders());
        headers.put(CloudEventHeaders.SPEC_VERSION, "0.3");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
                .withMessageContaining("ce_specversion");
    }

    @Test
    void aBlankTypeAndAHeaderOfAnUnexpectedKindAreRejected() {
        Map<String, Object> headers = new HashMap<>(attributes.toHeaders());
        headers.put(CloudEventHeaders.TYPE, " ");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
                .withMessageContaining("ce_type");

        headers.put(CloudEventHeaders.TYPE, 42);

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
                .withMessageContaining("ce_type").withMessageContaining("Integer");
    }

    @Test
    void aSourceThatIsNotAUriIsRejected() {
        Map<String, String> headers = new HashMap<>(attributes.toHeaders());
        headers.put(CloudEventHeaders.SOURCE, "urn:huiyin:intake service");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventAttributes.fromHeaders(headers))
                .withMessageContaining("ce_source");
    }
}
