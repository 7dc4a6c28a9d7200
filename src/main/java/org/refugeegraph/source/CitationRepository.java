package org.refugeegraph.source;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Citations of a whole level of parents, each in one statement. */
@ApplicationScoped
public class CitationRepository implements PanacheRepositoryBase<Citation, Long> {

    public List<Citation> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Citation> bySources(Collection<Long> sourceIds) {
        return sourceIds.isEmpty() ? List.of() : list("sourceId in ?1 order by id", sourceIds);
    }

    public List<Citation> byEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1 order by id", eventIds);
    }

    public List<Citation> byInterventions(Collection<Long> interventionIds) {
        return interventionIds.isEmpty() ? List.of() : list("interventionId in ?1 order by id", interventionIds);
    }

    public List<Citation> byTreatyParticipations(Collection<Long> participationIds) {
        return participationIds.isEmpty() ? List.of() : list("treatyParticipationId in ?1 order by id", participationIds);
    }
}
