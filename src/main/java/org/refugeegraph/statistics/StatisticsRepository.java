package org.refugeegraph.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.refugeegraph.event.EventKind;
import org.refugeegraph.graph.SqlFilter;

/** The sums behind Query.statistics, as one grouped statement over the events and their preferred claims. */
@ApplicationScoped
public class StatisticsRepository {

    @Inject
    EntityManager em;

    /** One bucket's dimension values and sums (see {@link StatisticsService#people}). */
    record Sums(Integer year, EventKind kind, Long locationId, Long destinationId, Long perpetratorId, int events,
            Integer best, Integer low, Integer high, int unbounded, int withoutBest, boolean allExact) {
    }

    /** One row per bucket of the events over "event e" in the filter, grouped and ordered by the dimensions. */
    List<Sums> sums(SqlFilter where, Set<Dimension> dimensions) {
        List<String> keys = dimensions.stream().map(StatisticsRepository::column).toList();
        String select = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        String groupAndOrder = keys.isEmpty() ? "" : " group by " + String.join(", ", keys)
                + " order by " + String.join(", ", keys.stream().map(k -> k + " nulls last").toList());
        // A claim's upper bound is its high, or its best unless it is only a lower bound ('more than 500').
        String upper = "(case when c.qualifier = 'AT_LEAST' then c.high else coalesce(c.high, c.best) end)";
        String sql = "select " + select + "count(*), sum(c.best), sum(coalesce(c.low, c.best)), sum(" + upper + "),"
                + " count(*) filter (where c.id is null or " + upper + " is null),"
                + " count(*) filter (where c.best is null), bool_and(c.qualifier = 'EXACT')"
                + " from event e left join count_claim c on c.event_id = e.id and c.preferred"
                + " where " + where.conditions() + groupAndOrder;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();

        List<Sums> sums = new ArrayList<>(rows.size());
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
                    case YEAR -> year = intOrNull(value);
                    case KIND -> kind = value == null ? null : EventKind.valueOf((String) value);
                    case LOCATION -> location = longOrNull(value);
                    case DESTINATION -> destination = longOrNull(value);
                    case PERPETRATOR -> perpetrator = longOrNull(value);
                }
            }
            sums.add(new Sums(year, kind, location, destination, perpetrator, ((Number) row[i]).intValue(),
                    intOrNull(row[i + 1]), intOrNull(row[i + 2]), intOrNull(row[i + 3]),
                    ((Number) row[i + 4]).intValue(), ((Number) row[i + 5]).intValue(), Boolean.TRUE.equals(row[i + 6])));
        }
        return sums;
    }

    private static String column(Dimension dimension) {
        return switch (dimension) {
            case YEAR -> "extract(year from e.date_start)::int";
            case KIND -> "e.kind";
            case LOCATION -> "e.location_id";
            case DESTINATION -> "e.destination_id";
            case PERPETRATOR -> "e.perpetrator_id";
        };
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Integer intOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
