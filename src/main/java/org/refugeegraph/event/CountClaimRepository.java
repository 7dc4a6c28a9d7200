package org.refugeegraph.event;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.NodeRepository;
import org.refugeegraph.graph.NodeType;

@ApplicationScoped
public class CountClaimRepository implements NodeRepository<CountClaim> {

    @Override
    public NodeType type() {
        return NodeType.CountClaim;
    }

    /**
     * The standing claims with these ids whose event stands too (Query.node): a retracted event keeps its claims'
     * rows as they were (V7), and they leave every read with it.
     */
    @Override
    public List<CountClaim> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 and eventId in (select e.id from Event e)", ids);
    }

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
