package org.refugeegraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A well-formed id or code that names nothing in the graph. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
