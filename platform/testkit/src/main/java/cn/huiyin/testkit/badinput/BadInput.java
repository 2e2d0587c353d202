package cn.huiyin.testkit.badinput;

import java.util.List;

/**
 * One request the suite sends: what is wrong with it, the request itself and what must come back.
 * {@code uri} is already encoded; {@code authorization} null means no header at all; {@code badFields} are the
 * fields a {@link Verdict#NAME_EVERY_FIELD} answer must name.
 */
public record BadInput(Endpoint endpoint, String description, String uri, String contentType, byte[] body,
        String authorization, Verdict verdict, List<String> badFields) {

    public BadInput(Endpoint endpoint, String description, String uri, String contentType, byte[] body,
            String authorization, Verdict verdict) {
        this(endpoint, description, uri, contentType, body, authorization, verdict, List.of());
    }

    /** What an answer to the input must be. */
    public enum Verdict {
        /** 4xx with problem+json, nothing stored (or, for per-item endpoints, every item refused). */
        REJECT,
        /** 401 with problem+json. */
        UNAUTHORIZED,
        /** 400 with problem+json naming each of the input's bad fields (or a field inside it), nothing stored. */
        NAME_EVERY_FIELD,
        /** Valid data that looks odd (an emoji in free text): any answer but 5xx; a 4xx is problem+json. */
        MAY_ACCEPT
    }
}
