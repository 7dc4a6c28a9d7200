package org.refugeegraph.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.GlobalId;
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

    @Inject
    CountryRepository countries;

    /** The events that match a filter, as SQL over "event e"; bad codes or ids are the client's error. */
    public SqlFilter filter(EventFilter f) {
        SqlFilter sql = new SqlFilter("event", "e");
        if (f == null) {
            return sql;
        }
        if (present(f.kinds)) {
            sql.where("e.kind in (:kinds)", "kinds", f.kinds.stream().map(Enum::name).toList());
        }
        if (present(f.statuses)) {
            sql.where("e.status in (:statuses)", "statuses", f.statuses.stream().map(Enum::name).toList());
        }
        if (present(f.countries)) {
            sql.where("(e.location_id in (:anyRole) or e.origin_id in (:anyRole) or e.destination_id in (:anyRole))",
                    "anyRole", countries.idsForCodes(f.countries, "filter.countries"));
        }
        if (present(f.locations)) {
            sql.where("e.location_id in (:locations)", "locations", countries.idsForCodes(f.locations, "filter.locations"));
        }
        if (present(f.destinations)) {
            sql.where("e.destination_id in (:destinations)", "destinations",
                    countries.idsForCodes(f.destinations, "filter.destinations"));
        }
        if (present(f.perpetratorIds)) {
            sql.where("e.perpetrator_id in (:perpetrators)", "perpetrators",
                    f.perpetratorIds.stream().map(id -> GlobalId.decode(id, NodeType.Actor)).toList());
        }
        sql.overlapping(f.from, f.to);
        if (f.minPeople != null) {
            if (f.minPeople < 0) {
                throw new BadInputException("filter.minPeople must not be negative, got " + f.minPeople + ".");
            }
            sql.where("e.people_best >= :minPeople", "minPeople", f.minPeople);
        }
        if (f.hasIntervention != null) {
            sql.where((f.hasIntervention ? "" : "not ")
                    + "exists (select 1 from intervention_target t where t.event_id = e.id)");
        }
        return sql;
    }

    public EventConnection page(SqlFilter filter, EventOrder order, PageRequest request) {
        return connection(KeysetPage.fetch(getEntityManager(), Event.class, filter, sortKey(order), request));
    }

    /** The same page of events for every parent of a query level (Country.events, Actor.perpetrated). */
    public List<EventConnection> pagePerParent(SqlFilter filter, ParentLink link, List<Long> parentIds, PageRequest request) {
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
