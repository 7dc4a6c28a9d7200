package org.refugeegraph.intervention;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorRepository;
import org.refugeegraph.event.Event;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.PageRequest;

@GraphQLApi
public class InterventionApi {

    @Inject
    InterventionRepository interventions;
    @Inject
    InterventionTargetRepository targets;
    @Inject
    EventRepository events;
    @Inject
    ActorRepository actors;

    @Query("interventions")
    @NonNull
    @Description("Interventions that match the filter, latest first. "
            + "With filter {outcomes: [PREVENTED]} this answers 'which interventions prevented which deportations?'.")
    public InterventionConnection interventions(
            @Name("filter") @Description("Which interventions; all when omitted.") InterventionFilter filter,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before);
        return interventions.page(interventions.filter(filter), page);
    }

    @NonNull
    @Description("Interventions by this actor, latest first.")
    public List<@NonNull InterventionConnection> interventions(@Source List<Actor> level,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before);
        return interventions.pagePerActor(level.stream().map(Actor::key).toList(), page);
    }

    @NonNull
    @Description("Who intervened.")
    public List<@NonNull Actor> actor(@Source List<Intervention> level) {
        return Batches.one(level, Intervention::actorId, actors.byIds(Batches.keys(level, Intervention::actorId)), Actor::key);
    }

    @NonNull
    @Description("The events it aimed at, each with its outcome.")
    public List<@NonNull List<@NonNull InterventionTarget>> targets(@Source List<Intervention> level) {
        return Batches.many(level, Intervention::key, targets.byInterventions(Batches.keys(level, Intervention::key)),
                InterventionTarget::interventionId);
    }

    @NonNull
    @Description("The events that this intervention prevented (targets whose outcome is PREVENTED).")
    public List<@NonNull List<@NonNull Event>> prevented(@Source List<Intervention> level) {
        List<InterventionTarget> preventing = targets.byInterventions(Batches.keys(level, Intervention::key)).stream()
                .filter(t -> t.outcome() == Outcome.PREVENTED)
                .toList();
        List<Event> preventedEvents = events.byIds(Batches.keys(preventing, InterventionTarget::eventId));
        return Batches.many(level, Intervention::key, preventing, InterventionTarget::interventionId).stream()
                .map(ts -> Batches.one(ts, InterventionTarget::eventId, preventedEvents, Event::key))
                .toList();
    }

    @NonNull
    @Description("The intervention.")
    public List<@NonNull Intervention> intervention(@Source List<InterventionTarget> level) {
        return Batches.one(level, InterventionTarget::interventionId,
                interventions.byIds(Batches.keys(level, InterventionTarget::interventionId)), Intervention::key);
    }

    @NonNull
    @Description("The event it aimed at.")
    public List<@NonNull Event> event(@Source List<InterventionTarget> level) {
        return Batches.one(level, InterventionTarget::eventId,
                events.byIds(Batches.keys(level, InterventionTarget::eventId)), Event::key);
    }

    @NonNull
    @Description("Interventions aimed at this event, each with its outcome.")
    public List<@NonNull List<@NonNull InterventionTarget>> interventions(@Source List<Event> level) {
        return Batches.many(level, Event::key, targets.byEvents(Batches.keys(level, Event::key)), InterventionTarget::eventId);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<InterventionConnection> connections) {
        return connections.stream().map(InterventionConnection::count).toList();
    }
}
