package org.refugeegraph.event;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountClaimRepository implements PanacheRepositoryBase<CountClaim, Long> {

    /** Every claim of these events, preferred first. */
    public List<CountClaim> byEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 order by preferred desc, id", eventIds);
    }

    /** The event's preferred claim, if it has one, stops being preferred (call it with the event locked). */
    public void unsetPreferred(long eventId) {
        getEntityManager().createNativeQuery(
                "update count_claim set preferred = false, version = version + 1 where event_id = ?1 and preferred")
                .setParameter(1, eventId).executeUpdate();
    }

    public List<CountClaim> preferredByEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 and preferred = true", eventIds);
    }
}
