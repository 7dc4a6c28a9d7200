package org.refugeegraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** A write without credentials, or with a wrong username or password. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
