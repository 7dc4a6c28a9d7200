package org.refugeegraph.event;

import java.util.List;

import org.refugeegraph.graph.Period;

/**
 * An {@link EventFilter} checked and resolved by {@link EventService}: codes and global ids are
 * database ids, and every value is one the SQL can use as it is. Empty lists restrict nothing.
 */
public record EventCriteria(
        List<EventKind> kinds,
        List<EventStatus> statuses,
        List<Long> countryIds,
        List<Long> locationIds,
        List<Long> destinationIds,
        List<Long> perpetratorIds,
        Period period,
        Integer minPeople,
        Boolean hasIntervention,
        Boolean disputed) {

    /** Every event. */
    public static final EventCriteria ALL = new EventCriteria(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), Period.ALWAYS, null, null, null);

    /** Events of these kinds (all kinds when null or empty). */
    public static EventCriteria ofKinds(List<EventKind> kinds) {
        return new EventCriteria(kinds == null ? List.of() : kinds, List.of(), List.of(), List.of(), List.of(),
                List.of(), Period.ALWAYS, null, null, null);
    }
}
