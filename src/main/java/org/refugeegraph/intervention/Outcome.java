package org.refugeegraph.intervention;

import org.eclipse.microprofile.graphql.Description;

@Description("What came of an intervention for the event it aimed at.")
public enum Outcome {
    @Description("The event did not happen because of it, e.g. a planned deportation stopped (the event's status is AVERTED).")
    PREVENTED,
    @Description("The event was postponed.")
    DELAYED,
    @Description("An attempt to stop a planned or ongoing event, which happened anyway.")
    FAILED,
    @Description("It came after the event had happened (a protest, a resolution, a press release): it could not stop it, "
            + "so it neither failed nor succeeded. See docs/methodology.md.")
    AFTER_THE_FACT,
    @Description("The sources do not say.")
    UNKNOWN
}
