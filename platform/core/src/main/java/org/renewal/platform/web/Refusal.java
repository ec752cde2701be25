package org.renewal.platform.web;

import java.util.List;

/**
 * A refusal, whoever raised it — a domain rule's {@code DomainException} or the edge's {@link ApiException}: its
 * business code (the key of its message), the arguments of that message and the fields it names.
 */
public abstract class Refusal extends RuntimeException {

    private final String code;
    private final transient Object[] args;
    private final transient List<FieldProblem> errors;

    protected Refusal(String code, List<FieldProblem> errors, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
