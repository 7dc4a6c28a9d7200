package org.refugeegraph.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Query;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.KeysetPage;
import org.refugeegraph.graph.NodeRepository;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.OrderDirection;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.ParentLink;
import org.refugeegraph.graph.SortKey;
import org.refugeegraph.graph.SqlFilter;

import static org.refugeegraph.graph.SqlFilter.present;

@ApplicationScoped
public class EventRepository implements NodeRepository<Event> {

    @Override
    public NodeType type() {
        return NodeType.Event;
    }

    /** Inserts a new event; its id is set when this returns. */
    public void create(Event event) {
        persist(event);
    }

    /**
     * Sets the columns and adds 1 to the version, in one statement, if the event stands and still has the
     * version the editor saw. Two such updates at once: PostgreSQL makes the second wait for the first's row
     * lock, then checks its WHERE again against the committed row, whose version has moved on; so exactly one
     * of them changes the row.
     *
     * @param columns column name to new value (names are ours, never a client's)
     * @return 1 when the event was changed, 0 when it does not stand or its version has changed
     */
    public int update(long id, int seenVersion, Map<String, Object> columns) {
        String sets = columns.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(", "));
        Query update = getEntityManager().createNativeQuery("update event set " + sets
                + ", version = version + 1 where id = :id and version = :seenVersion");
        columns.forEach(update::setParameter);
        return update.setParameter("id", id).setParameter("seenVersion", seenVersion).executeUpdate();
    }

    /** The version of a standing event, as committed now (empty when no event stands with that id). */
    public Optional<Integer> version(long id) {
        return getEntityManager().createNativeQuery("select version from event where id = ?1", Integer.class)
                .setParameter(1, id).getResultStream().findFirst().map(Integer.class::cast);
    }

    /**
     * Locks a standing event's row until the transaction ends, so that writes about its claims take turns: of two
     * claims made preferred at once, the second would otherwise not see the first's new preferred claim, and fail
     * on the one-preferred unique index.
     *
     * @return false when no event stands with that id
     */
    public boolean lock(long id) {
        return !getEntityManager().createNativeQuery("select id from event where id = ?1 for update", Long.class)
                .setParameter(1, id).getResultList().isEmpty();
    }

    /** The events that match checked criteria, as SQL over "event e". */
    public SqlFilter filter(EventCriteria criteria) {
        SqlFilter sql = new SqlFilter("event", "e");
        if (present(criteria.kinds())) {
            sql.where("e.kind in (:kinds)", "kinds", criteria.kinds().stream().map(Enum::name).toList());
        }
        if (present(criteria.statuses())) {
            sql.where("e.status in (:statuses)", "statuses", criteria.statuses().stream().map(Enum::name).toList());
        }
        if (present(criteria.countryIds())) {
            sql.where("(e.location_id in (:anyRole) or e.origin_id in (:anyRole) or e.destination_id in (:anyRole))",
                    "anyRole", criteria.countryIds());
        }
        if (present(criteria.locationIds())) {
            sql.where("e.location_id in (:locations)", "locations", criteria.locationIds());
        }
        if (present(criteria.destinationIds())) {
            sql.where("e.destination_id in (:destinations)", "destinations", criteria.destinationIds());
        }
        if (present(criteria.perpetratorIds())) {
            sql.where("e.perpetrator_id in (:perpetrators)", "perpetrators", criteria.perpetratorIds());
        }
        sql.overlapping(criteria.period());
        if (criteria.minPeople() != null) {
            sql.where("e.people_best >= :minPeople", "minPeople", criteria.minPeople());
        }
        if (criteria.hasIntervention() != null) {
            sql.where((criteria.hasIntervention() ? "" : "not ")
                    + "exists (select 1 from intervention_target t where t.event_id = e.id)");
        }
        if (criteria.disputed() != null) {
            sql.where((criteria.disputed() ? "" : "not ") + "(exists (select 1 from count_claim c where c.event_id = e.id and c.disputed)"
                    + " or exists (select 1 from event_duplicate d join event a on a.id = d.event_id join event b on b.id = d.same_as_id"
                    + " where e.id in (d.event_id, d.same_as_id)))");
        }
        return sql;
    }

    /**
     * Leaves out events that statistics must not count: parts of a larger event (counted there) and events that
     * probably report again the people of another standing event (counted there, V13).
     */
    public static SqlFilter countedOnce(SqlFilter sql) {
        return sql.where("e.part_of_id is null")
                .where("not exists (select 1 from event_duplicate d join event s on s.id = d.same_as_id where d.event_id = e.id)");
    }

    /** The events among these ids that match the filter, by id, in one statement (one bind parameter per id). */
    public List<Event> among(SqlFilter filter, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlFilter query = filter.copy().where(filter.alias() + ".id in (:ids)", "ids", ids);
        @SuppressWarnings("unchecked")
        List<Event> events = query.bind(getEntityManager().createNativeQuery(
                "select " + filter.alias() + ".* " + query.fromWhere() + " order by " + filter.alias() + ".id", Event.class))
                .getResultList();
        return events;
    }

    public EventConnection page(SqlFilter filter, EventOrder order, PageRequest request) {
        return connection(KeysetPage.fetch(getEntityManager(), Event.class, filter, sortKey(order), request));
    }

    /** The same page of events for every country of a query level, by the role the country has in them. */
    public List<EventConnection> pagePerCountry(EventCriteria criteria, CountryRole role, List<Long> countryIds,
            PageRequest request) {
        String membership = switch (role) {
            case ANY -> "(e.location_id = p.id or e.origin_id = p.id or e.destination_id = p.id)";
            case LOCATION -> "e.location_id = p.id";
            case ORIGIN -> "e.origin_id = p.id";
            case DESTINATION -> "e.destination_id = p.id";
        };
        return pagePerParent(filter(criteria), new ParentLink("country", membership), countryIds, request);
    }

    /** The same page of events for every actor of a query level, by who carried them out. */
    public List<EventConnection> pagePerPerpetrator(List<Long> actorIds, PageRequest request) {
        return pagePerParent(filter(EventCriteria.ALL), new ParentLink("actor", "e.perpetrator_id = p.id"), actorIds, request);
    }

    private List<EventConnection> pagePerParent(SqlFilter filter, ParentLink link, List<Long> parentIds, PageRequest request) {
        return KeysetPage.fetchPerParent(getEntityManager(), Event.class, filter, link, parentIds, sortKey(null), request)
                .stream().map(EventRepository::connection).toList();
    }

    private static EventConnection connection(KeysetPage<Event> page) {
        return new EventConnection(page.edges(EventConnection.EventEdge::new), page.pageInfo(), page.counter());
    }

    private static SortKey<Event> sortKey(EventOrder order) {
        EventOrderField field = order == null ? EventOrderField.DATE : order.field;
        boolean descending = order == null || order.direction == OrderDirection.DESC;
        String name = "event:" + field + (descending ? ":DESC" : ":ASC");
        return field == EventOrderField.DATE
                ? new SortKey<>(name, "e.date_start", descending, Event::dateStart, LocalDate::parse, Event::key)
                : new SortKey<>(name, "coalesce(e.people_best, -1)", descending, Event::peopleSortKey, Integer::valueOf, Event::key);
    }
}
