package org.refugeegraph.source;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.IdRepository;


/** Citations of a whole level of parents, each in one statement. */
@ApplicationScoped
public class CitationRepository implements IdRepository<Citation> {

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

    public List<Citation> byEventDuplicates(Collection<Long> duplicateIds) {
        return duplicateIds.isEmpty() ? List.of() : list("eventDuplicateId in ?1 order by id", duplicateIds);
    }

    public List<Citation> byInterventionTargets(Collection<Long> targetIds) {
        return targetIds.isEmpty() ? List.of() : list("interventionTargetId in ?1 order by id", targetIds);
    }
}
