package org.refugeegraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's Node: every entity has an opaque global id that Query.node resolves.
 * Implementing classes repeat @Id @NonNull on their own getId(): interface annotations are not inherited.
 */
@Interface
@Name("Node")
@Description("Anything with a global id. Query.node fetches any of them by that id.")
public interface Node {
    @Id
    @NonNull
    @Description("Opaque global id, stable across releases. Pass it to Query.node.")
    String getId();
}
