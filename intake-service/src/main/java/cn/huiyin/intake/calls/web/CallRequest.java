package cn.huiyin.intake.calls.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code POST /api/v1/calls} as sent (DESIGN.md section 6). Everything is text here so
 * that each bad value is answered by name with what is wrong, instead of failing the whole body; the
 * annotations tell the OpenAPI document what each text must be.
 */
public record CallRequest(
        @Schema(requiredMode = REQUIRED, description = "the calling system's id of the call, unique per system")
        String externalId,
        @Schema(requiredMode = REQUIRED, format = "date-time", description = "ISO-8601 with offset, not in the future")
        String receivedAt,
        @Schema(requiredMode = REQUIRED, implementation = Channel.class) String channel,
        @Schema(requiredMode = REQUIRED, implementation = CallType.class) String type,
        @Schema(description = "a phone or an ID number is required") Caller caller,
        @Schema(requiredMode = REQUIRED, description = "the administrative division (6, 9 or 12 digits)")
        String regionCode,
        String address,
        @ArraySchema(schema = @Schema(implementation = Category.class),
                arraySchema = @Schema(description = "omitted: the content is classified")) List<String> categories,
        @Schema(requiredMode = REQUIRED, maxLength = 4000) String content,
        Boolean urgent) {

    public record Caller(String name, @Schema(description = "a mainland mobile or fixed-line number") String phone,
            @Schema(description = "an 18-character resident ID with a valid check character") String idNumber) {
    }

    /** The same request under another external id: the normalised one, which the replay check compares. */
    CallRequest withExternalId(String id) {
        return new CallRequest(id, receivedAt, channel, type, caller, regionCode, address, categories, content, urgent);
    }
}
