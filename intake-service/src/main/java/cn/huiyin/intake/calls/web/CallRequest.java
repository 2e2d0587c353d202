package cn.huiyin.intake.calls.web;

import java.util.List;

/**
 * The body of {@code POST /api/v1/calls} as sent (DESIGN.md section 6). Everything is text here so
 * that each bad value is answered by name with what is wrong, instead of failing the whole body.
 */
public record CallRequest(String externalId, String receivedAt, String channel, String type, Caller caller,
        String regionCode, String address, List<String> categories, String content, Boolean urgent) {

    public record Caller(String name, String phone, String idNumber) {
    }

    /** The same request under another external id: the normalised one, which the replay check compares. */
    CallRequest withExternalId(String id) {
        return new CallRequest(id, receivedAt, channel, type, caller, regionCode, address, categories, content, urgent);
    }
}
