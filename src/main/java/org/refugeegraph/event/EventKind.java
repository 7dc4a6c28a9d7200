package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened to the people concerned.")
public enum EventKind {
    @Description("People sent back against their will; with destination PRK it is a forced repatriation to North Korea.")
    DEPORTATION,
    @Description("People held in custody, often a standing situation ('more than 1,000 held').")
    DETENTION,
    @Description("People caught by police or border guards.")
    ARREST,
    @Description("People who reached a safe country and were resettled there, e.g. yearly arrivals in South Korea.")
    RESETTLEMENT,
    @Description("A measure that closes a border: buffer zones, fences, shoot-on-sight orders.")
    BORDER_MEASURE,
    @Description("People leaving North Korea.")
    DEFECTION
}
