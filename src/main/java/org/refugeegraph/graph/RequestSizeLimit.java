package org.refugeegraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * Refuses a request body larger than quarkus.http.limits.max-body-size with HTTP 413 and a GraphQL
 * error (code LIMIT_EXCEEDED) as soon as its Content-Length says so, before a byte of it is read.
 * A chunked body without a length is cut off by Quarkus itself at the same size, also with 413
 * (and no body).
 */
@ApplicationScoped
public class RequestSizeLimit {
    private final long maxBytes;

    RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        String refusal = "{\"errors\":[{\"message\":\"The request body is larger than " + maxBytes + " bytes.\","
                + "\"extensions\":{\"code\":\"" + QueryLimits.CODE + "\"}}]}";
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close").end(refusal);
                return;
            }
            context.next();
        }, 110); // before JsonPostsOnly (100): the size is known first
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
