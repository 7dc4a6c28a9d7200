package org.refugeegraph.event;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.actor.Actor;
import org.refugeegraph.country.Country;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.PeopleCount;
import org.refugeegraph.source.Citation;

import io.smallrye.graphql.api.Nullable;

@GraphQLApi
public class EventApi {

    @Inject
    EventService events;

    @Query("events")
    @NonNull
    @Description("Events that match the filter, latest first unless orderBy says otherwise.")
    public EventConnection events(
            @Name("filter") @Description("Which events; all when omitted.") EventFilter filter,
            @Name("orderBy") @Description("Sort order; by date, latest first, when omitted.") EventOrder orderBy,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return events.page(filter, orderBy, PageRequest.of(first, after, last, before));
    }

    @Mutation("createEvent")
    @NonNull
    @Description("Editors only: records an event with the source that reports it and, if the source gives one, "
            + "the number of people. Safe to retry with an idempotencyKey.")
    public CreateEventPayload createEvent(@Name("input") @NonNull @Description("The new event.") CreateEventInput input) {
        return events.create(input);
    }

    @Mutation("updateEvent")
    @NonNull
    @Description("Editors only: changes some fields of an event, if it is still at the version the editor saw; "
            + "otherwise a CONFLICT error, and nothing changes.")
    public UpdateEventPayload updateEvent(@Name("input") @NonNull @Description("The event, the version seen, and the new values.")
            UpdateEventInput input) {
        return events.update(input);
    }

    @Mutation("addCountClaim")
    @NonNull
    @Description("Editors only: records one source's figure for the number of people in an event, preferred or not. "
            + "Safe to retry with an idempotencyKey.")
    public AddCountClaimPayload addCountClaim(@Name("input") @NonNull @Description("The event, the figure and its citation.")
            AddCountClaimInput input) {
        return events.addClaim(input);
    }

    @NonNull
    @Description("Events in which this country takes part in the given role, latest first.")
    public List<@NonNull EventConnection> events(@Source List<Country> level,
            @Name("role") @DefaultValue("ANY") @Description("How the country takes part; ANY by default.") CountryRole role,
            @Name("kinds") @Nullable @Description("Only these kinds.") List<@NonNull EventKind> kinds,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return events.pagePerCountry(level, role, kinds, PageRequest.of(first, after, last, before));
    }

    @NonNull
    @Description("Events this actor carried out, latest first.")
    public List<@NonNull EventConnection> perpetrated(@Source List<Actor> level,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return events.pagePerPerpetrator(level, PageRequest.of(first, after, last, before));
    }

    @Description("Where it happened.")
    public List<Country> location(@Source List<Event> level) {
        return events.locations(level);
    }

    @Description("Where the people came from (for this data set, mostly PRK).")
    public List<Country> origin(@Source List<Event> level) {
        return events.origins(level);
    }

    @Description("Where the people were sent: for a deportation, the receiving country.")
    public List<Country> destination(@Source List<Event> level) {
        return events.destinations(level);
    }

    @Description("The authority that carried it out.")
    public List<Actor> perpetrator(@Source List<Event> level) {
        return events.perpetrators(level);
    }

    @Description("The larger event this one is part of (e.g. a quarter's arrivals within the year's); its people are counted there too.")
    public List<Event> partOf(@Source List<Event> level) {
        return events.partOf(level);
    }

    @Description("The preferred estimate among the claims (conservative, from the most authoritative source); null when no source gives a number.")
    public List<PeopleCount> people(@Source List<Event> level) {
        return events.people(level);
    }

    @NonNull
    @Description("Every source's figure for this event, including disputed ones; the preferred one first.")
    public List<@NonNull List<@NonNull CountClaim>> claims(@Source List<Event> level) {
        return events.claims(level);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<EventConnection> connections) {
        return connections.stream().map(EventConnection::count).toList();
    }

    @NonNull
    @Description("The sources that report this event, with the passages that say so.")
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<Event> level) {
        return events.citations(level);
    }

    @Description("The event that this one probably reports again: the same people, from other sources (e.g. the Heritage "
            + "article's deportations prevented \"in 2020\" and the Lang Son group of November 2019). Statistics and totals "
            + "leave this event out and count that one. Null for most events.")
    public List<PossibleDuplicate> sameAs(@Source List<Event> level) {
        return events.sameAs(level);
    }

    @NonNull
    @Description("Events that probably report the same people as this one, whichever side of the link this event is on.")
    public List<@NonNull List<@NonNull PossibleDuplicate>> possibleDuplicates(@Source List<Event> level) {
        return events.possibleDuplicates(level);
    }

    @NonNull
    @Description("The other event.")
    public List<@NonNull Event> event(@Source List<PossibleDuplicate> level) {
        return events.otherEvents(level);
    }

    @NonNull
    @Description("The sources that make the two probably the same, with the passages that say so.")
    @Name("citations")
    public List<@NonNull List<@NonNull Citation>> duplicateCitations(@Source List<PossibleDuplicate> level) {
        return events.citationsOfDuplicates(level);
    }

    @NonNull
    @Description("Where the figure comes from: the source and the passage that states it.")
    public List<@NonNull Citation> citation(@Source List<CountClaim> level) {
        return events.citationsOfClaims(level);
    }
}
