package org.refugeegraph.intervention;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.Connection;
import org.refugeegraph.graph.Edge;
import org.refugeegraph.graph.PageInfo;

@Type("InterventionConnection")
@Description("A page of interventions, latest first.")
public class InterventionConnection extends Connection<Intervention, InterventionConnection.InterventionEdge> {

    public InterventionConnection(List<InterventionEdge> edges, PageInfo pageInfo, LongSupplier counter) {
        super(edges, pageInfo, counter);
    }

    @Type("InterventionEdge")
    @Description("An intervention and its cursor.")
    public static class InterventionEdge extends Edge<Intervention> {
        public InterventionEdge(String cursor, Intervention node) {
            super(cursor, node);
        }
    }
}
