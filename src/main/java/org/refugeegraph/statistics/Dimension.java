package org.refugeegraph.statistics;

import org.eclipse.microprofile.graphql.Description;

@Description("What Query.statistics groups events by.")
public enum Dimension {
    @Description("The calendar year in which the event starts.")
    YEAR("extract(year from e.date_start)::int"),
    @Description("The kind of event.")
    KIND("e.kind"),
    @Description("The country where it happened.")
    LOCATION("e.location_id"),
    @Description("The country the people were sent to.")
    DESTINATION("e.destination_id"),
    @Description("The actor that carried it out.")
    PERPETRATOR("e.perpetrator_id");

    final String sql;

    Dimension(String sql) {
        this.sql = sql;
    }
}
