package org.refugeegraph.graph;

/**
 * The repository of a node type, found by {@link NodeLoader} for Query.node and Query.search.
 * Each feature declares its own, so graph/ never imports a feature.
 */
public interface NodeRepository<N extends Node> extends IdRepository<N> {

    /** The node type whose ids this repository resolves. */
    NodeType type();
}
