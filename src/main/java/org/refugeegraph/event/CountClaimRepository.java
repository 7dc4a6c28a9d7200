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

    /** Every claim of these events, preferred first. */
    public List<CountClaim> byEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 order by preferred desc, id", eventIds);
    }

    public List<CountClaim> preferredByEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 and preferred = true", eventIds);
    }
}
