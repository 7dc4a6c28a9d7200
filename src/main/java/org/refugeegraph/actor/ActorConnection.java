package org.refugeegraph.actor;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.Connection;
import org.refugeegraph.graph.Edge;
import org.refugeegraph.graph.PageInfo;

@Type("ActorConnection")
@Description("A page of actors, by name.")
public class ActorConnection extends Connection<Actor, ActorConnection.ActorEdge> {

    public ActorConnection(List<ActorEdge> edges, PageInfo pageInfo, LongSupplier counter) {
        super(edges, pageInfo, counter);
    }

    @Type("ActorEdge")
    @Description("An actor and its cursor.")
    public static class ActorEdge extends Edge<Actor> {
        public ActorEdge(String cursor, Actor node) {
            super(cursor, node);
        }
    }
}
