package org.refugeegraph.database;

/**
 * Stops application startup when the embedded PostgreSQL cannot be used. The message has already been
 * logged as one clear line, so this exception carries no stack trace of its own.
 */
public class EmbeddedPostgresException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedPostgresException(String message) {
        super(message, null, false, false);
    }
}
