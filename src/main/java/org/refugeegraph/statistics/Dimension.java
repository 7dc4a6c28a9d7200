package org.refugeegraph.statistics;

import org.eclipse.microprofile.graphql.Description;

@Description("What Query.statistics groups events by.")
public enum Dimension {
    @Description("The calendar year in which the event starts.")
    YEAR,
    @Description("The kind of event.")
    KIND,
    @Description("The country where it happened.")
    LOCATION,
    @Description("The country the people were sent to.")
    DESTINATION,
    @Description("The actor that carried it out.")
    PERPETRATOR
}
