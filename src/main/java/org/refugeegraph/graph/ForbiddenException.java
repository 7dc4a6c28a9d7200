package org.refugeegraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A signed-in account without the role that the operation needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
