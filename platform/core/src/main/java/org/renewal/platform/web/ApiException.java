package org.renewal.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, answered as problem+json with a stable business {@code code}.
 * Title and detail come from the {@code problems} message bundles ({@code <CODE>.title},
 * {@code <CODE>.detail} with {@code args}), in the caller's language.
 */
public class ApiException extends Refusal {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String code, List<FieldProblem> errors, Object... args) {
        super(code, errors, args);
        this.status = status;
    }

    public ApiException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public static ApiException notFound(String code, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, code, args);
    }

    /** Fields that passed annotation checks but break a rule of the request as a whole (400). */
    public static ApiException invalid(List<FieldProblem> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", errors, errors.size());
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, code, args);
    }

    /** A domain rule refused the request (422), e.g. an illegal state transition. */
    public static ApiException ruleViolated(String code, Object... args) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, args);
    }

    public HttpStatus status() {
        return status;
    }
}
