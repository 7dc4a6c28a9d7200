package org.refugeegraph.event;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Possible duplicates between standing events (a link to a retracted event leaves every read with it). */
@ApplicationScoped
public class EventDuplicateRepository implements PanacheRepositoryBase<EventDuplicate, Long> {

    private static final String BOTH_STAND = " and eventId in (select e.id from Event e) and sameAsId in (select e.id from Event e)";

    /** The links whose duplicate side is one of these events (their sameAs). */
    public List<EventDuplicate> byDuplicates(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1" + BOTH_STAND + " order by id", eventIds);
    }

    /** The links that name one of these events on either side. */
    public List<EventDuplicate> touching(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of()
                : list("(eventId in ?1 or sameAsId in ?1)" + BOTH_STAND + " order by id", eventIds);
    }
}
