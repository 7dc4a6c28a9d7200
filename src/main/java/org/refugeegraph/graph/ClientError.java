package org.refugeegraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * An error as a client sees it: a message, where in the query and the answer, and extensions that
 * always hold a {@code code} (VALIDATION, NOT_FOUND, LIMIT_EXCEEDED, GRAPHQL_PARSE_FAILED, INTERNAL,
 * ...). Unlike graphql-java's own errors it never sends a {@code classification}: those are Java-side
 * names (DataFetchingException, ValidationError) that clients must not come to depend on.
 */
public record ClientError(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions)
        implements GraphQLError {

    /** What graphql-java and SmallRye see of our errors; never sent (see {@link #toSpecification()}). */
    private enum Coded implements ErrorClassification {
        CODED
    }

    public ClientError {
        locations = locations == null ? List.of() : List.copyOf(locations);
        extensions = Map.copyOf(extensions);
        if (!(extensions.get("code") instanceof String)) {
            throw new IllegalArgumentException("A client error needs a code: " + extensions);
        }
    }

    public static ClientError of(String code, String message, List<SourceLocation> locations) {
        return new ClientError(message, locations, null, Map.of("code", code));
    }

    public String code() {
        return (String) extensions.get("code");
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public ErrorClassification getErrorType() {
        return Coded.CODED; // SmallRye's HTTP writer compares it; null would fail there
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        if (!locations.isEmpty()) {
            error.put("locations", locations.stream()
                    .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
        }
        if (path != null) {
            error.put("path", path);
        }
        error.put("extensions", extensions);
        return error;
    }
}
