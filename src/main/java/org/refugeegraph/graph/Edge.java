package org.refugeegraph.graph;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One item of a connection with its cursor. Subclassed per type so the schema has EventEdge, ActorEdge, ... */
// Native image: GraphQL reads the inherited getters (cursor and node) by reflection; Quarkus registers the
// subclasses in the schema, not this superclass.
@RegisterForReflection
public abstract class Edge<N> {
    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque position of this item; pass it as `after` or `before` to page from here.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public N getNode() {
        return node;
    }
}
