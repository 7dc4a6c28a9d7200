package org.refugeegraph.intervention;

import org.eclipse.microprofile.graphql.Description;

@Description("What came of an intervention for the event it aimed at.")
public enum Outcome {
    @Description("The event did not happen because of it, e.g. a planned deportation stopped (the event's status is AVERTED).")
    PREVENTED,
    @Description("The event was postponed.")
    DELAYED,
    @Description("The event happened anyway.")
    FAILED,
    @Description("The sources do not say.")
    UNKNOWN
}
