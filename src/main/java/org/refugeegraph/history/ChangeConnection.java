package org.refugeegraph.history;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.Connection;
import org.refugeegraph.graph.Edge;
import org.refugeegraph.graph.PageInfo;

@Type("ChangeConnection")
@Description("A page of changes, oldest first.")
public class ChangeConnection extends Connection<Change, ChangeConnection.ChangeEdge> {

    public ChangeConnection(List<ChangeEdge> edges, PageInfo pageInfo, LongSupplier counter) {
        super(edges, pageInfo, counter);
    }

    @Type("ChangeEdge")
    @Description("A change and its cursor.")
    public static class ChangeEdge extends Edge<Change> {
        public ChangeEdge(String cursor, Change node) {
            super(cursor, node);
        }
    }
}
