package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an event took place.")
public enum EventStatus {
    @Description("It happened.")
    CARRIED_OUT,
    @Description("Announced or scheduled, not (yet) known to have happened.")
    PLANNED,
    @Description("Planned, then did not happen, e.g. a deportation stopped by diplomats (see Event.interventions).")
    AVERTED,
    @Description("The sources do not say whether it happened.")
    UNKNOWN
}
