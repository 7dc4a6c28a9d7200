package org.refugeegraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** The client sent something we cannot use (a malformed id or cursor, a page size out of range, an unknown code). */
@ErrorCode("VALIDATION")
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
