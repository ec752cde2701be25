package org.renewal.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field of a JSON body that could not be bound ({@code buildings[0].households}). */
final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * The field a well-formed body got wrong (its message a key of the problems bundle), or null when
     * the body is not JSON at all.
     */
    static FieldProblem fieldOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamReadException || !(cause instanceof DatabindException databind)) {
            return null;
        }
        String path = pathOf(databind);
        if (path.isEmpty()) {
            return null;
        }
        String key = cause instanceof UnrecognizedPropertyException ? "field.unknown"
                : cause instanceof MismatchedInputException ? "field.wrongType" : "field.invalid";
        return new FieldProblem(path, key);
    }

    private static String pathOf(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
