package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What to sort events by.")
public enum EventOrderField {
    @Description("The start of the event's date range.")
    DATE,
    @Description("The best estimate of the preferred count; events without a number count as fewer than zero.")
    PEOPLE
}
