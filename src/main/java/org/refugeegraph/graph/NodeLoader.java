package org.refugeegraph.graph;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;

/**
 * Loads nodes of one type by database id, in one statement: for Query.node and Query.search.
 * Created at start, so that a node type without a repository stops the service there, not on
 * the first query that meets one.
 */
@Startup
@ApplicationScoped
public class NodeLoader {
    private final Map<NodeType, NodeRepository<?>> repositories = new EnumMap<>(NodeType.class);

    NodeLoader(@All List<NodeRepository<?>> all) {
        for (NodeRepository<?> repository : all) {
            NodeRepository<?> other = repositories.put(repository.type(), repository);
            if (other != null) {
                throw new IllegalStateException("Two repositories for node type " + repository.type() + ": "
                        + other.getClass().getName() + " and " + repository.getClass().getName());
            }
        }
        for (NodeType type : NodeType.values()) {
            if (!repositories.containsKey(type)) {
                throw new IllegalStateException("No NodeRepository for node type " + type
                        + ": its feature must declare one, or Query.node cannot resolve its ids.");
            }
        }
    }

    public List<? extends Node> byIds(NodeType type, Collection<Long> ids) {
        return repositories.get(type).byIds(ids);
    }
}
