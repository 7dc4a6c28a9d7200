package org.refugeegraph.source;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.Connection;
import org.refugeegraph.graph.Edge;
import org.refugeegraph.graph.PageInfo;

@Type("SourceConnection")
@Description("A page of sources, by title.")
public class SourceConnection extends Connection<SourceDocument, SourceConnection.SourceEdge> {

    public SourceConnection(List<SourceEdge> edges, PageInfo pageInfo, LongSupplier counter) {
        super(edges, pageInfo, counter);
    }

    @Type("SourceEdge")
    @Description("A source and its cursor.")
    public static class SourceEdge extends Edge<SourceDocument> {
        public SourceEdge(String cursor, SourceDocument node) {
            super(cursor, node);
        }
    }
}
