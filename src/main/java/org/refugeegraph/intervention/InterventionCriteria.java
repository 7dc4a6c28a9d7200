package org.refugeegraph.intervention;

import java.util.List;

import org.refugeegraph.graph.Period;

/** An {@link InterventionFilter} checked and resolved to database ids by {@link InterventionService}. */
public record InterventionCriteria(
        List<Outcome> outcomes,
        List<InterventionKind> kinds,
        List<Long> actorIds,
        List<Long> actorCountryIds,
        Period period) {
}
