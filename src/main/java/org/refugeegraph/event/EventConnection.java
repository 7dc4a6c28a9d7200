package org.refugeegraph.event;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.Connection;
import org.refugeegraph.graph.Edge;
import org.refugeegraph.graph.PageInfo;

@Type("EventConnection")
@Description("A page of events.")
public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    public EventConnection(List<EventEdge> edges, PageInfo pageInfo, LongSupplier counter) {
        super(edges, pageInfo, counter);
    }

    @Type("EventEdge")
    @Description("An event and its cursor.")
    public static class EventEdge extends Edge<Event> {
        public EventEdge(String cursor, Event node) {
            super(cursor, node);
        }
    }
}
