package org.renewal.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * Turns every failure into RFC 9457 {@code application/problem+json}: a stable {@code type} URI
 * and business {@code code}, title and detail in the caller's language, the correlation id, and
 * {@code errors[]} naming each invalid field. Never an exception's raw message or a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    public ProblemDetailsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return respond(e.status(), e.code(), e.args(), e.errors(), request);
    }

    /** A domain refusal: the status follows from its kind, decided here at the edge. */
    @ExceptionHandler(org.renewal.platform.rules.DomainException.class)
    ResponseEntity<ProblemDetail> domain(org.renewal.platform.rules.DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return respond(status, e.code(), e.args(), e.errors(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return validation(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bodyErrors) {
                // a @Valid body: name the field inside it, as the client wrote it
                bodyErrors.getFieldErrors()
                        .forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
                bodyErrors.getGlobalErrors()
                        .forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
            } else {
                String name = parameterName(result);
                result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name, error.getDefaultMessage())));
            }
        }
        return validation(errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        FieldProblem field = JsonProblems.fieldOf(e);
        if (field != null) {
            return validation(List.of(field), request);
        }
        return respond(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", new Object[0], List.of(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return validation(List.of(new FieldProblem(e.getName(), "field.wrongType")), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        if (HttpHeaders.IF_MATCH.equalsIgnoreCase(e.getHeaderName())) {
            return respond(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED", new Object[0], List.of(), request);
        }
        return validation(List.of(new FieldProblem(e.getHeaderName(), "field.required")), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentWrite(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", new Object[0], List.of(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, "DUPLICATE", new Object[0], List.of(), request);
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeDown(DataAccessResourceFailureException e, HttpServletRequest request) {
        log.warn("store unavailable: {}", e.getMessage());
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE", new Object[0], List.of(), request);
    }

    /**
     * A number that cannot be held exactly (an exact sum or conversion overflowed): the input was impossible, so a
     * 422, never a wrapped figure or a 500. Bounded inputs make this rare; {@code Fen} names the field where it can.
     */
    @ExceptionHandler(ArithmeticException.class)
    ResponseEntity<ProblemDetail> outOfRange(ArithmeticException e, HttpServletRequest request) {
        log.warn("number out of range on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, "NUMBER_OUT_OF_RANGE", new Object[0], List.of(), request);
    }

    /** A broken or missing multipart body (a too large one is an ErrorResponse: 413). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof ErrorResponse) {
            return other(e, request);
        }
        return respond(HttpStatus.BAD_REQUEST, "BAD_REQUEST", new Object[0], List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) {
        if (e instanceof IllegalArgumentException && thrownBy(e, "org.springframework.data.web.")) {
            // Spring Data's paging and sorting arguments refuse what they cannot decode (e.g. sort=%s%x)
            String field = thrownBy(e, "org.springframework.data.web.Sort") ? "sort" : "page";
            return validation(List.of(new FieldProblem(field, "field.wrongType")), request);
        }
        if (e instanceof ErrorResponse error) {
            HttpStatusCode status = error.getStatusCode();
            ResponseEntity<ProblemDetail> response = respond(status, codeFor(status), new Object[0], List.of(), request);
            return ResponseEntity.status(status).headers(error.getHeaders()).body(response.getBody());
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", new Object[0], List.of(), request);
    }

    private static boolean thrownBy(Throwable e, String classPrefix) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(classPrefix)) {
                return true;
            }
        }
        return false;
    }

    /** The name the client used: the request parameter or header name, else the Java parameter name. */
    private static String parameterName(ParameterValidationResult result) {
        var parameter = result.getMethodParameter();
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    private ResponseEntity<ProblemDetail> validation(List<FieldProblem> errors, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", new Object[] {errors.size()}, errors, request);
    }

    private ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String code, Object[] args,
                                                  List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(status, code, args, errors, request.getRequestURI(),
                LocaleContextHolder.getLocale());
        return ResponseEntity.status(status).body(problem);
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
    }
}
