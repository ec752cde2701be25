package org.renewal.platform.events;

/**
 * A record that is not a readable envelope or whose payload does not fit its contract. Retrying
 * cannot help: the error handler sends it to the dead-letter topic at once.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
