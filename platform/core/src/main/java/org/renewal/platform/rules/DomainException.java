package org.renewal.platform.rules;

import java.util.List;

import org.renewal.platform.web.FieldProblem;
import org.renewal.platform.web.Refusal;

/**
 * A refusal by the domain — an aggregate or a rule — carrying the business {@code code} (the key of its message
 * in {@code problems.properties}) and what kind of refusal it is. Aggregates and rules throw this, never an HTTP
 * type: the edge ({@code ProblemDetailsAdvice}) decides the status from the {@link Kind}.
 */
public class DomainException extends Refusal {

    /** What kind of refusal: the edge maps each to one HTTP status (404, 400, 409, 422). */
    public enum Kind {
        /** The thing asked about does not exist (for this caller). */
        NOT_FOUND,
        /** Fields that break a rule of the request as a whole, each named. */
        INVALID,
        /** It was already done, or is being done, in a way that excludes this. */
        CONFLICT,
        /** A domain rule refuses it in the record's current state. */
        RULE_VIOLATED
    }

    private final Kind kind;

    private DomainException(Kind kind, String code, List<FieldProblem> errors, Object... args) {
        super(code, errors, args);
        this.kind = kind;
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, List.of(), args);
    }

    public static DomainException invalid(List<FieldProblem> errors) {
        return new DomainException(Kind.INVALID, "VALIDATION_FAILED", errors, errors.size());
    }

    /** One field breaks a rule: its name and the key of the message saying why. */
    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(Kind.CONFLICT, code, List.of(), args);
    }

    public static DomainException ruleViolated(String code, Object... args) {
        return new DomainException(Kind.RULE_VIOLATED, code, List.of(), args);
    }

    /** A rule refuses named fields (e.g. an amount beyond its bound): 422 naming each. */
    public static DomainException ruleViolated(String code, List<FieldProblem> errors, Object... args) {
        return new DomainException(Kind.RULE_VIOLATED, code, errors, args);
    }

    public Kind kind() {
        return kind;
    }
}
