package cn.huiyin.local.testkit.badinput;

/**
 * One request the suite sends: what is wrong with it, the request itself and what must come back.
 * {@code uri} is already encoded; {@code authorization} null means no header at all.
 */
public record BadInput(Endpoint endpoint, String description, String uri, String contentType, byte[] body,
        String authorization, Verdict verdict) {

    /** What an answer to the input must be. */
    public enum Verdict {
        /** 4xx with problem+json, nothing stored (or, for per-item endpoints, every item refused). */
        REJECT,
        /** 401 with problem+json. */
        UNAUTHORIZED,
        /** Valid data that looks odd (an emoji in free text): any answer but 5xx; a 4xx is problem+json. */
        MAY_ACCEPT
    }
}
