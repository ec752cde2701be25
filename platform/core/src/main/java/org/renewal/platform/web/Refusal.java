package org.renewal.platform.web;

import java.util.List;

/**
 * What a refusal says, whoever raised it (a domain rule's {@code DomainException} or the edge's
 * {@link ApiException}): its business code, the arguments of its message and the fields it names.
 */
public interface Refusal {

    String code();

    Object[] args();

    List<FieldProblem> errors();
}
