package org.refugeegraph.statistics;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorRepository;
import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.event.EventFilter;
import org.refugeegraph.event.EventKind;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.CountQualifier;
import org.refugeegraph.graph.PeopleCount;
import org.refugeegraph.graph.SqlFilter;

@GraphQLApi
public class StatisticsApi {

    @Inject
    EntityManager em;
    @Inject
    EventRepository events;
    @Inject
    CountryRepository countries;
    @Inject
    ActorRepository actors;

    @Query("statistics")
    @NonNull
    @Description("Counts grouped by the given dimensions, over the events that match the filter: per group, the number "
            + "of events and the sums of their preferred counts. Events that are part of a larger event (one quarter's "
            + "arrivals within the year's) are left out, so nothing is counted twice. Buckets come in the order of the dimensions.")
    public List<@NonNull StatisticBucket> statistics(
            @NonNull @Name("groupBy") @Description("The dimensions to group by, e.g. [YEAR, DESTINATION]; [] gives one bucket for all events.")
            List<@NonNull Dimension> groupBy,
            @Name("filter") @Description("Which events; all when omitted.") EventFilter filter) {
        Set<Dimension> dimensions = new LinkedHashSet<>(groupBy);
        SqlFilter where = events.filter(filter).where("e.part_of_id is null");
        List<String> keys = dimensions.stream().map(d -> d.sql).toList();
        String select = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        String groupAndOrder = keys.isEmpty() ? "" : " group by " + String.join(", ", keys)
                + " order by " + String.join(", ", keys.stream().map(k -> k + " nulls last").toList());
        // One row per bucket: the dimension values, then the counts (see StatisticBucket.people). A claim's
        // upper bound is its high, or its best unless it is only a lower bound ('more than 500').
        String upper = "(case when c.qualifier = 'AT_LEAST' then c.high else coalesce(c.high, c.best) end)";
        String sql = "select " + select + "count(*), sum(c.best), sum(coalesce(c.low, c.best)), sum(" + upper + "),"
                + " count(*) filter (where c.id is null or " + upper + " is null),"
                + " count(*) filter (where c.best is null), bool_and(c.qualifier = 'EXACT')"
                + " from event e left join count_claim c on c.event_id = e.id and c.preferred"
                + " where " + where.conditions() + groupAndOrder;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();

        List<StatisticBucket> buckets = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            int i = 0;
            Integer year = null;
            EventKind kind = null;
            Long location = null;
            Long destination = null;
            Long perpetrator = null;
            for (Dimension dimension : dimensions) {
                Object value = row[i++];
                switch (dimension) {
                    case YEAR -> year = value == null ? null : ((Number) value).intValue();
                    case KIND -> kind = value == null ? null : EventKind.valueOf((String) value);
                    case LOCATION -> location = longOrNull(value);
                    case DESTINATION -> destination = longOrNull(value);
                    case PERPETRATOR -> perpetrator = longOrNull(value);
                }
            }
            int count = ((Number) row[i]).intValue();
            buckets.add(new StatisticBucket(year, kind, location, destination, perpetrator, count,
                    people(count, intOrNull(row[i + 1]), intOrNull(row[i + 2]), intOrNull(row[i + 3]),
                            ((Number) row[i + 4]).intValue(), ((Number) row[i + 5]).intValue(), Boolean.TRUE.equals(row[i + 6]))));
        }
        return buckets;
    }

    /** The bucket's total as a PeopleCount that is honest about events without a number or an upper bound. */
    static PeopleCount people(int events, Integer best, Integer low, Integer high, int unbounded, int withoutBest, boolean allExact) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (low == null && best == null) {
            return new PeopleCount(null, null, null, CountQualifier.AT_LEAST, "no source gives a number");
        }
        if (unbounded > 0) {
            String missing = withoutBest > 0 ? " (" + withoutBest + " of " + events + " events without a single figure)" : "";
            return new PeopleCount(best, low, null, CountQualifier.AT_LEAST, "at least " + number.format(low) + missing);
        }
        if (allExact && best != null) {
            return new PeopleCount(best, low, high, CountQualifier.EXACT, number.format(best));
        }
        if (best == null || !low.equals(high)) {
            return new PeopleCount(best, low, high, CountQualifier.RANGE, number.format(low) + "-" + number.format(high)
                    + (best == null ? "" : ", best estimate " + number.format(best)));
        }
        return new PeopleCount(best, low, high, CountQualifier.APPROXIMATE, "about " + number.format(best));
    }

    @Description("The country where the events happened, when grouped by LOCATION.")
    public List<Country> location(@Source List<StatisticBucket> level) {
        return Batches.one(level, StatisticBucket::locationId,
                countries.byIds(Batches.keys(level, StatisticBucket::locationId)), Country::key);
    }

    @Description("The country the people were sent to, when grouped by DESTINATION.")
    public List<Country> destination(@Source List<StatisticBucket> level) {
        return Batches.one(level, StatisticBucket::destinationId,
                countries.byIds(Batches.keys(level, StatisticBucket::destinationId)), Country::key);
    }

    @Description("The actor that carried the events out, when grouped by PERPETRATOR.")
    public List<Actor> perpetrator(@Source List<StatisticBucket> level) {
        return Batches.one(level, StatisticBucket::perpetratorId,
                actors.byIds(Batches.keys(level, StatisticBucket::perpetratorId)), Actor::key);
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer intOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
