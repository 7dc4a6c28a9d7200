package org.refugeegraph.treaty;

import org.eclipse.microprofile.graphql.Description;

@Description("How a country is bound by a treaty.")
public enum ParticipationStatus {
    @Description("Ratified or acceded: bound by it.")
    PARTY,
    @Description("Signed, not ratified: bound only not to defeat its purpose.")
    SIGNATORY,
    @Description("Not a party, as of `since`, according to the cited source: not bound by it.")
    NOT_A_PARTY
}
