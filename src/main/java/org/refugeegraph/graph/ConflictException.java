package org.refugeegraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A write based on a stale view of the data (e.g. an update naming a version that has since changed): nothing is written. */
@ErrorCode("CONFLICT")
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
