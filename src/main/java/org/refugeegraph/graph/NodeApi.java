package org.refugeegraph.graph;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Relay's Query.node: any entity by its global id. */
@GraphQLApi
public class NodeApi {

    @Inject
    NodeLoader nodes;

    @Query("node")
    @Description("Any country, event, intervention, actor, source, treaty or count claim by its global id. "
            + "A malformed id is a VALIDATION error; an id of nothing is a NOT_FOUND error.")
    public Node node(@NonNull @Id @Name("id") @Description("A global id returned by this API.") String id) {
        GlobalId globalId = GlobalId.decode(id);
        return nodes.byIds(globalId.type(), List.of(globalId.key())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No " + globalId.type() + " with id '" + id + "'."));
    }
}
