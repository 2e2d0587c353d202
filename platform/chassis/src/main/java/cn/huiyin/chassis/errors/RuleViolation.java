package cn.huiyin.chassis.errors;

import java.util.List;

/**
 * Well-formed and allowed, but a business rule forbids it (422); {@code errors} names every rule that blocks it
 * (the rule's code as the field) so the client can act on all of them at once.
 */
public final class RuleViolation extends DomainException {

    public RuleViolation(String detail) {
        this("Rule violated", detail, List.of());
    }

    public RuleViolation(String title, String detail, List<FieldError> rules) {
        super(title, detail, rules);
    }
}
