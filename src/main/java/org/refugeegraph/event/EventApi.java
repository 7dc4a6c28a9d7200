package org.refugeegraph.event;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorRepository;
import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.ParentLink;
import org.refugeegraph.graph.PeopleCount;
import org.refugeegraph.graph.SqlFilter;

import io.smallrye.graphql.api.Nullable;

@GraphQLApi
public class EventApi {

    @Inject
    EventRepository events;
    @Inject
    CountClaimRepository claims;
    @Inject
    CountryRepository countries;
    @Inject
    ActorRepository actors;

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
        PageRequest page = PageRequest.of(first, after, last, before);
        return events.page(events.filter(filter), orderBy, page);
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
        PageRequest page = PageRequest.of(first, after, last, before);
        EventFilter filter = new EventFilter();
        filter.kinds = kinds;
        String membership = switch (role == null ? CountryRole.ANY : role) {
            case ANY -> "(e.location_id = p.id or e.origin_id = p.id or e.destination_id = p.id)";
            case LOCATION -> "e.location_id = p.id";
            case ORIGIN -> "e.origin_id = p.id";
            case DESTINATION -> "e.destination_id = p.id";
        };
        return events.pagePerParent(events.filter(filter), new ParentLink("country", membership),
                level.stream().map(Country::key).toList(), page);
    }

    @NonNull
    @Description("Events this actor carried out, latest first.")
    public List<@NonNull EventConnection> perpetrated(@Source List<Actor> level,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before);
        return events.pagePerParent(new SqlFilter("event", "e"), new ParentLink("actor", "e.perpetrator_id = p.id"),
                level.stream().map(Actor::key).toList(), page);
    }

    @Description("Where it happened.")
    public List<Country> location(@Source List<Event> level) {
        return country(level, Event::locationId);
    }

    @Description("Where the people came from (for this data set, mostly PRK).")
    public List<Country> origin(@Source List<Event> level) {
        return country(level, Event::originId);
    }

    @Description("Where the people were sent: for a deportation, the receiving country.")
    public List<Country> destination(@Source List<Event> level) {
        return country(level, Event::destinationId);
    }

    @Description("The authority that carried it out.")
    public List<Actor> perpetrator(@Source List<Event> level) {
        return Batches.one(level, Event::perpetratorId, actors.byIds(Batches.keys(level, Event::perpetratorId)), Actor::key);
    }

    @Description("The larger event this one is part of (e.g. a quarter's arrivals within the year's); its people are counted there too.")
    public List<Event> partOf(@Source List<Event> level) {
        return Batches.one(level, Event::partOfId, events.byIds(Batches.keys(level, Event::partOfId)), Event::key);
    }

    @Description("The preferred estimate among the claims (conservative, from the most authoritative source); null when no source gives a number.")
    public List<PeopleCount> people(@Source List<Event> level) {
        List<CountClaim> preferred = claims.preferredByEvents(Batches.keys(level, Event::key));
        return Batches.one(level, Event::key, preferred, CountClaim::eventId).stream()
                .map(claim -> claim == null ? null : claim.getCount())
                .toList();
    }

    @NonNull
    @Description("Every source's figure for this event, including disputed ones; the preferred one first.")
    public List<@NonNull List<@NonNull CountClaim>> claims(@Source List<Event> level) {
        return Batches.many(level, Event::key, claims.byEvents(Batches.keys(level, Event::key)), CountClaim::eventId);
    }

    private List<Country> country(List<Event> level, java.util.function.Function<Event, Long> countryId) {
        return Batches.one(level, countryId, countries.byIds(Batches.keys(level, countryId)), Country::key);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<EventConnection> connections) {
        return connections.stream().map(EventConnection::count).toList();
    }
}
