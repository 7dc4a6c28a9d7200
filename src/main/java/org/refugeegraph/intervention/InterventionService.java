package org.refugeegraph.intervention;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorService;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.event.Event;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.Period;
import org.refugeegraph.source.Citation;
import org.refugeegraph.source.SourceService;

/** Interventions: filters checked against what clients may ask, pages, and their links to actors and events. */
@ApplicationScoped
public class InterventionService {

    @Inject
    InterventionRepository interventions;
    @Inject
    InterventionTargetRepository targets;
    @Inject
    EventRepository events;
    @Inject
    ActorService actors;
    @Inject
    CountryService countries;
    @Inject
    SourceService sources;

    /** A filter checked and resolved to ids; its messages name the argument at fault (filter.actorCountries). */
    public InterventionCriteria criteria(InterventionFilter filter) {
        if (filter == null) {
            return new InterventionCriteria(List.of(), List.of(), List.of(), List.of(), Period.ALWAYS);
        }
        return new InterventionCriteria(
                filter.outcomes == null ? List.of() : filter.outcomes,
                filter.kinds == null ? List.of() : filter.kinds,
                filter.actorIds == null ? List.of() : filter.actorIds.stream().map(id -> GlobalId.decode(id, NodeType.Actor)).toList(),
                filter.actorCountries == null ? List.of() : countries.idsForCodes(filter.actorCountries, "filter.actorCountries"),
                new Period(filter.from, filter.to));
    }

    public InterventionConnection page(InterventionFilter filter, PageRequest page) {
        return interventions.page(interventions.filter(criteria(filter)), page);
    }

    public List<InterventionConnection> pagePerActor(List<Actor> level, PageRequest page) {
        return interventions.pagePerActor(level.stream().map(Actor::key).toList(), page);
    }

    public List<Actor> actors(List<Intervention> level) {
        return actors.of(level, Intervention::actorId);
    }

    public List<List<InterventionTarget>> targets(List<Intervention> level) {
        return Batches.many(level, Intervention::key, targets.byInterventions(Batches.keys(level, Intervention::key)),
                InterventionTarget::interventionId);
    }

    /** The events each intervention prevented: its targets whose outcome is PREVENTED. */
    public List<List<Event>> prevented(List<Intervention> level) {
        List<InterventionTarget> preventing = targets.byInterventions(Batches.keys(level, Intervention::key)).stream()
                .filter(t -> t.outcome() == Outcome.PREVENTED)
                .toList();
        List<Event> preventedEvents = events.byIds(Batches.keys(preventing, InterventionTarget::eventId));
        return Batches.many(level, Intervention::key, preventing, InterventionTarget::interventionId).stream()
                .map(ts -> Batches.one(ts, InterventionTarget::eventId, preventedEvents, Event::key))
                .toList();
    }

    public List<Intervention> interventionsOf(List<InterventionTarget> level) {
        return Batches.one(level, InterventionTarget::interventionId,
                interventions.byIds(Batches.keys(level, InterventionTarget::interventionId)), Intervention::key);
    }

    public List<Event> eventsOf(List<InterventionTarget> level) {
        return Batches.one(level, InterventionTarget::eventId, events.byIds(Batches.keys(level, InterventionTarget::eventId)), Event::key);
    }

    public List<List<InterventionTarget>> targetsOfEvents(List<Event> level) {
        return Batches.many(level, Event::key, targets.byEvents(Batches.keys(level, Event::key)), InterventionTarget::eventId);
    }

    public List<List<Citation>> citations(List<Intervention> level) {
        return sources.citationsOfInterventions(level, Intervention::key);
    }
}
