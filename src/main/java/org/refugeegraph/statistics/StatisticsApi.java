package org.refugeegraph.statistics;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.actor.Actor;
import org.refugeegraph.country.Country;
import org.refugeegraph.event.EventFilter;

@GraphQLApi
public class StatisticsApi {

    @Inject
    StatisticsService statistics;

    @Query("statistics")
    @NonNull
    @Description("Counts grouped by the given dimensions, over the events that match the filter: per group, the number "
            + "of events and the sums of their preferred counts. Events that are part of a larger event (one quarter's "
            + "arrivals within the year's) are left out, so nothing is counted twice. Buckets come in the order of the dimensions.")
    public List<@NonNull StatisticBucket> statistics(
            @NonNull @Name("groupBy") @Description("The dimensions to group by, e.g. [YEAR, DESTINATION]; [] gives one bucket for all events.")
            List<@NonNull Dimension> groupBy,
            @Name("filter") @Description("Which events; all when omitted.") EventFilter filter) {
        return statistics.buckets(groupBy, filter);
    }

    @Description("The country where the events happened, when grouped by LOCATION.")
    public List<Country> location(@Source List<StatisticBucket> level) {
        return statistics.locations(level);
    }

    @Description("The country the people were sent to, when grouped by DESTINATION.")
    public List<Country> destination(@Source List<StatisticBucket> level) {
        return statistics.destinations(level);
    }

    @Description("The actor that carried the events out, when grouped by PERPETRATOR.")
    public List<Actor> perpetrator(@Source List<StatisticBucket> level) {
        return statistics.perpetrators(level);
    }
}
