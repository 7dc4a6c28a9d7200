package org.refugeegraph.intervention;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InterventionTargetRepository implements PanacheRepositoryBase<InterventionTarget, Long> {

    public List<InterventionTarget> byInterventions(Collection<Long> interventionIds) {
        return interventionIds.isEmpty() ? List.of() : list("interventionId in ?1 order by id", interventionIds);
    }

    public List<InterventionTarget> byEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 order by id", eventIds);
    }
}
