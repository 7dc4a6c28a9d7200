package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("How a country takes part in an event.")
public enum CountryRole {
    @Description("Any of the roles below.")
    ANY,
    @Description("The event happened there.")
    LOCATION,
    @Description("The people came from there.")
    ORIGIN,
    @Description("The people were sent or went there.")
    DESTINATION
}
