package org.dyad.pipeline;

/**
 * The input cannot be processed, for a reason the user can act on ("binary file", "not valid UTF-8 at byte 12").
 * The message is one line and does not repeat the input's name; the caller adds it.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
