package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.refugeegraph.graph.OrderDirection;

@Input("EventOrder")
@Description("How to sort events. The default is by date, latest first.")
public class EventOrder {
    @NonNull
    @Description("What to sort by.")
    public EventOrderField field;
    @NonNull
    @Description("Which way.")
    public OrderDirection direction;
}
