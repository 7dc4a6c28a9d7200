package org.refugeegraph.event;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorService;
import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.NotFoundException;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.PeopleCount;
import org.refugeegraph.graph.Period;
import org.refugeegraph.graph.Retractions;
import org.refugeegraph.source.Citation;
import org.refugeegraph.source.SourceService;

/** Events: filters checked against what clients may ask, pages, and the items linked to each event of a level. */
@ApplicationScoped
public class EventService {

    @Inject
    EventRepository events;
    @Inject
    CountClaimRepository claims;
    @Inject
    CountryService countries;
    @Inject
    ActorService actors;
    @Inject
    SourceService sources;
    @Inject
    Retractions retractions;

    /** A filter checked and resolved to ids; its messages name the argument at fault (filter.minPeople). */
    public EventCriteria criteria(EventFilter filter) {
        if (filter == null) {
            return EventCriteria.ALL;
        }
        if (filter.minPeople != null && filter.minPeople < 0) {
            throw new BadInputException("filter.minPeople must not be negative, got " + filter.minPeople + ".");
        }
        return new EventCriteria(
                orEmpty(filter.kinds),
                orEmpty(filter.statuses),
                countryIds(filter.countries, "filter.countries"),
                countryIds(filter.locations, "filter.locations"),
                countryIds(filter.destinations, "filter.destinations"),
                orEmpty(filter.perpetratorIds).stream().map(id -> GlobalId.decode(id, NodeType.Actor)).toList(),
                new Period(filter.from, filter.to),
                filter.minPeople,
                filter.hasIntervention);
    }

    public EventConnection page(EventFilter filter, EventOrder order, PageRequest page) {
        return events.page(events.filter(criteria(filter)), order, page);
    }

    /**
     * The events among these ids that match checked criteria (the same SQL as a page of Query.events), by id:
     * what a subscriber to newly recorded events receives.
     */
    public List<Event> among(EventCriteria criteria, Collection<Long> ids) {
        return events.among(events.filter(criteria), ids);
    }

    public List<EventConnection> pagePerCountry(List<Country> level, CountryRole role, List<EventKind> kinds, PageRequest page) {
        return events.pagePerCountry(EventCriteria.ofKinds(kinds), role == null ? CountryRole.ANY : role,
                level.stream().map(Country::key).toList(), page);
    }

    public List<EventConnection> pagePerPerpetrator(List<Actor> level, PageRequest page) {
        return events.pagePerPerpetrator(level.stream().map(Actor::key).toList(), page);
    }

    public List<Event> partOf(List<Event> level) {
        return Batches.one(level, Event::partOfId, events.byIds(Batches.keys(level, Event::partOfId)), Event::key);
    }

    /** The preferred claim's figure of each event; null where no source gives one. */
    public List<PeopleCount> people(List<Event> level) {
        List<CountClaim> preferred = claims.preferredByEvents(Batches.keys(level, Event::key));
        return Batches.one(level, Event::key, preferred, CountClaim::eventId).stream()
                .map(claim -> claim == null ? null : claim.getCount())
                .toList();
    }

    public List<List<CountClaim>> claims(List<Event> level) {
        return Batches.many(level, Event::key, claims.byEvents(Batches.keys(level, Event::key)), CountClaim::eventId);
    }

    public List<Country> locations(List<Event> level) {
        return countries.of(level, Event::locationId);
    }

    public List<Country> origins(List<Event> level) {
        return countries.of(level, Event::originId);
    }

    public List<Country> destinations(List<Event> level) {
        return countries.of(level, Event::destinationId);
    }

    public List<Actor> perpetrators(List<Event> level) {
        return actors.of(level, Event::perpetratorId);
    }

    private List<Long> countryIds(List<String> codes, String argument) {
        return codes == null ? List.of() : countries.idsForCodes(codes, argument);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    public List<List<Citation>> citations(List<Event> level) {
        return sources.citationsOfEvents(level, Event::key);
    }

    public List<Citation> citationsOfClaims(List<CountClaim> level) {
        return sources.citations(level, CountClaim::citationId);
    }

    /**
     * Retracts a standing event within the caller's transaction (which has admitted the editor): it leaves
     * every read with its claims, targets and citations, and its row stays.
     */
    public OffsetDateTime retract(long key, String reason, Integer version) {
        return retractions.retract(NodeType.Event, "event", key, reason, version);
    }

    /**
     * Retracts a standing claim within the caller's transaction. A retracted preferred claim leaves its event
     * without a preferred figure (Event.people null, no minPeople match) until an editor prefers another one:
     * which claim to prefer is a judgement, not the next in line.
     */
    public OffsetDateTime retractClaim(long key, String reason, Integer version) {
        if (claims.byIds(List.of(key)).isEmpty()) { // a claim of a retracted event has left with it
            throw new NotFoundException("No CountClaim with id '" + GlobalId.encode(NodeType.CountClaim, key)
                    + "' stands: it was retracted, or never was.");
        }
        return retractions.retract(NodeType.CountClaim, "count_claim", key, reason, version);
    }
}
