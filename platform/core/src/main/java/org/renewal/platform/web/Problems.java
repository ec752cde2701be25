package org.renewal.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the suite's RFC 9457 problem: stable type and code, texts in the caller's language, correlation id. */
public class Problems {

    private final ProblemMessages messages;

    public Problems(ProblemMessages messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatusCode status, String code, Object[] args, List<FieldProblem> errors,
                                 String path, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:renewal:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.title(code, locale));
        problem.setDetail(messages.detail(code, args, locale));
        problem.setInstance(URI.create(path));
        problem.setProperty("code", code);
        problem.setProperty("correlationId", CorrelationId.current());
        problem.setProperty("errors", errors.stream()
                .map(f -> new FieldProblem(f.field(), messages.text(f.message(), locale)))
                .toList());
        return problem;
    }
}
