package cn.huiyin.testkit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BadInputsTest {

    @Test
    void triesABodyWithEveryFieldOfTheWrongTypeExpectingEachNamed() {
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("content", "漏水");
        valid.put("caller", Map.of("phone", "13800138000"));
        valid.put("categories", List.of("HOUSING"));
        valid.put("urgent", true);
        EndpointInputs spec = EndpointInputs.post("/api/v1/calls").body(() -> valid);

        BadInput input = BadInputs.of(spec, "Bearer valid", Map.of()).stream()
                .filter(i -> i.verdict() == BadInput.Verdict.NAME_EVERY_FIELD).findFirst().orElseThrow();

        assertThat(input.badFields()).containsExactly("content", "caller", "categories", "urgent", "unknownField");
        JsonNode body = JsonMapper.shared().readTree(input.body());
        assertThat(body.get("content").isObject()).isTrue();
        assertThat(body.get("caller").isNumber()).isTrue();
        assertThat(body.get("categories").isObject()).isTrue();
        assertThat(body.get("urgent").isObject()).isTrue();
        assertThat(body.get("unknownField").asString()).isEqualTo("x");
    }

    @Test
    void triesNoSuchBodyForAListOrAnEndpointWithoutABody() {
        assertThat(BadInputs.of(EndpointInputs.post("/api/v1/calls/batch").body(() -> List.of(Map.of("a", 1))),
                "Bearer valid", Map.of())).noneMatch(i -> i.verdict() == BadInput.Verdict.NAME_EVERY_FIELD);
        assertThat(BadInputs.of(EndpointInputs.get("/api/v1/calls"), "Bearer valid", Map.of()))
                .noneMatch(i -> i.verdict() == BadInput.Verdict.NAME_EVERY_FIELD);
    }
}
