package org.refugeegraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A write based on a stale view of a record: the version the editor saw is no longer the record's. */
@ErrorCode("CONFLICT")
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
