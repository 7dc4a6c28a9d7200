package org.refugeegraph.intervention;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.actor.Actor;
import org.refugeegraph.event.Event;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.source.Citation;

@GraphQLApi
public class InterventionApi {

    @Inject
    InterventionService interventions;

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
        return interventions.page(filter, PageRequest.of(first, after, last, before));
    }

    @Mutation("createIntervention")
    @NonNull
    @Description("Editors only: records what an actor did to stop or answer events, with its source.")
    public CreateInterventionPayload createIntervention(
            @Name("input") @NonNull @Description("The new intervention.") CreateInterventionInput input) {
        return interventions.create(input);
    }

    @Mutation("linkInterventionTarget")
    @NonNull
    @Description("Editors only: records that an intervention aimed at an event, what came of it, and the source that says so.")
    public LinkInterventionTargetPayload linkInterventionTarget(
            @Name("input") @NonNull @Description("The intervention, the event and the outcome.") LinkInterventionTargetInput input) {
        return interventions.link(input);
    }

    @NonNull
    @Description("Interventions by this actor, latest first.")
    public List<@NonNull InterventionConnection> interventions(@Source List<Actor> level,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return interventions.pagePerActor(level, PageRequest.of(first, after, last, before));
    }

    @NonNull
    @Description("Who intervened.")
    public List<@NonNull Actor> actor(@Source List<Intervention> level) {
        return interventions.actors(level);
    }

    @NonNull
    @Description("The events it aimed at, each with its outcome.")
    public List<@NonNull List<@NonNull InterventionTarget>> targets(@Source List<Intervention> level) {
        return interventions.targets(level);
    }

    @NonNull
    @Description("The events that this intervention prevented (targets whose outcome is PREVENTED).")
    public List<@NonNull List<@NonNull Event>> prevented(@Source List<Intervention> level) {
        return interventions.prevented(level);
    }

    @NonNull
    @Description("The intervention.")
    public List<@NonNull Intervention> intervention(@Source List<InterventionTarget> level) {
        return interventions.interventionsOf(level);
    }

    @NonNull
    @Description("The event it aimed at.")
    public List<@NonNull Event> event(@Source List<InterventionTarget> level) {
        return interventions.eventsOf(level);
    }

    @NonNull
    @Description("Interventions aimed at this event, each with its outcome.")
    public List<@NonNull List<@NonNull InterventionTarget>> interventions(@Source List<Event> level) {
        return interventions.targetsOfEvents(level);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<InterventionConnection> connections) {
        return connections.stream().map(InterventionConnection::count).toList();
    }

    @NonNull
    @Description("The sources that report this intervention, with the passages that say so.")
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<Intervention> level) {
        return interventions.citations(level);
    }

    @Name("citations")
    @NonNull
    @Description("The sources that state what came of the intervention for this event, with the passages that say so.")
    public List<@NonNull List<@NonNull Citation>> targetCitations(@Source List<InterventionTarget> level) {
        return interventions.targetCitations(level);
    }
}
