package org.renewal.platform.web;

/**
 * One invalid field of a request: its path as the client wrote it ({@code buildings[0].households})
 * and why it is wrong, in the caller's language. Code that raises an {@link ApiException} may give a
 * message key of the {@code problems} bundles instead of a text; it is translated on the way out.
 */
public record FieldProblem(String field, String message) {
}
