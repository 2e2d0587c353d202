package cn.huiyin.intake.calls.application;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A caller's contact in clear, as the audited read gives it. {@code content} and {@code address} as the caller gave
 * them, only when the call shows them masked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactView(String callId, String name, String phone, String idNumber, String content,
        String address) {

    @Override
    public String toString() {
        return "ContactView[callId=" + callId + ", contact withheld]";
    }
}
