package org.refugeegraph.intervention;

import org.eclipse.microprofile.graphql.Description;

@Description("How someone tried to stop or answer an event.")
public enum InterventionKind {
    @Description("A government or its diplomats protesting to another government.")
    DIPLOMATIC_PROTEST,
    @Description("A public statement of concern or condemnation.")
    PUBLIC_STATEMENT,
    @Description("Campaigning or casework by NGOs or individuals.")
    ADVOCACY,
    @Description("An act of a UN body: a report, a request, a press release of UN experts.")
    UN_ACTION,
    @Description("A resolution, hearing or letter of a parliament or its members.")
    LEGISLATIVE_ACTION,
    @Description("A court case or legal petition.")
    LEGAL_ACTION,
    @Description("Anything else.")
    OTHER
}
