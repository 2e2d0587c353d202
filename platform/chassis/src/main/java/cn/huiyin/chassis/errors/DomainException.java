package cn.huiyin.chassis.errors;

import java.util.List;

/**
 * A refusal by the application or the domain, in their own words: what was not found, which state forbids the act,
 * which rule blocks it, who may not do it. Plain Java, so that application services and aggregates can throw it
 * without knowing HTTP; the chassis answers each kind with its {@code application/problem+json} status.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, RuleViolation, InvalidInput, NotPermitted, Unavailable {

    private final String title;
    private final List<FieldError> errors;

    protected DomainException(String title, String detail, List<FieldError> errors) {
        super(detail);
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** A short summary of the kind of refusal ({@code Rule violated}, or the rule's own title). */
    public String title() {
        return title;
    }

    /** The fields or rules the refusal names, each with its reason; empty when the detail says it all. */
    public List<FieldError> errors() {
        return errors;
    }
}
