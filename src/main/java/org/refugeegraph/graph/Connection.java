package org.refugeegraph.graph;

import java.util.List;
import java.util.function.LongSupplier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a keyset-paginated list (Relay connection). totalCount is a batched field of each
 * feature's Api (`@Source List<XConnection>`), so its count query runs only when a client selects it.
 */
// Native image: GraphQL reads the inherited getters (edges, nodes and pageInfo) by reflection; Quarkus registers the
// subclasses in the schema, not this superclass.
@RegisterForReflection
public abstract class Connection<N, E extends Edge<N>> {
    private final List<E> edges;
    private final PageInfo pageInfo;
    private final LongSupplier counter;
    private Long countCache;

    protected Connection(List<E> edges, PageInfo pageInfo, LongSupplier counter) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.counter = counter;
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, without cursors.")
    public List<@NonNull N> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("How to get the pages before and after this one.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /** Counts the whole list (all pages); runs a query. */
    public int count() {
        if (countCache == null) {
            countCache = counter.getAsLong();
        }
        return Math.toIntExact(countCache);
    }
}
