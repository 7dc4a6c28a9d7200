package org.refugeegraph.database;

import org.jboss.logging.Logger;

/**
 * Stops application startup when the embedded PostgreSQL cannot be used. The message has already been
 * logged as one clear line, so this exception carries no stack trace of its own.
 */
public class EmbeddedPostgresException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Every message of this package goes to one category, whichever class writes it. */
    static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);

    public EmbeddedPostgresException(String message) {
        super(message, null, false, false);
    }

    /** Logs the message as one ERROR line and returns the exception to throw. */
    static EmbeddedPostgresException logged(String message) {
        LOG.error(message);
        return new EmbeddedPostgresException(message);
    }
}
