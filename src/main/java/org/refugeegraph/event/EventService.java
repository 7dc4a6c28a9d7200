package org.refugeegraph.event;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorService;
import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.ConflictException;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.IdempotencyKeys;
import org.refugeegraph.graph.InvalidInputException;
import org.refugeegraph.graph.InvalidInputException.Violation;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.NotFoundException;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.PartialDate;
import org.refugeegraph.graph.PeopleCount;
import org.refugeegraph.graph.Period;
import org.refugeegraph.graph.Retractions;
import org.refugeegraph.graph.Writes;
import org.refugeegraph.source.Citation;
import org.refugeegraph.source.SourceService;

/**
 * Events: filters checked against what clients may ask, pages, the items linked to each event of a level,
 * and the writes of editors (each one transaction: on any error nothing is written).
 */
@ApplicationScoped
public class EventService {

    @Inject
    EventRepository events;
    @Inject
    CountClaimRepository claims;
    @Inject
    EventDuplicateRepository duplicates;
    @Inject
    CountryService countries;
    @Inject
    ActorService actors;
    @Inject
    SourceService sources;
    @Inject
    Retractions retractions;
    @Inject
    Writes writes;
    @Inject
    IdempotencyKeys keys;

    /** Editors only: the event, its citation and (with people) its preferred claim, all or nothing, once per key. */
    @Transactional
    public CreateEventPayload create(CreateEventInput input) {
        String account = writes.admit(Access.EDITOR, input);
        return new CreateEventPayload(keys.once(account, "createEvent", input.idempotencyKey, () -> record(input),
                Event::getId, id -> standing(GlobalId.decode(id, NodeType.Event), id)));
    }

    private Event record(CreateEventInput input) {
        List<Violation> violations = new ArrayList<>();
        PartialDate date = collect(violations, () -> input.date.toPartialDate("input.date"));
        PeopleCount people = input.people == null ? null : collect(violations, () -> input.people.toPeopleCount("input.people"));
        Long location = country(violations, input.location, "input.location");
        Long origin = country(violations, input.origin, "input.origin");
        Long destination = country(violations, input.destination, "input.destination");
        Long perpetrator = input.perpetratorId == null ? null
                : collect(violations, () -> actors.idForInput(input.perpetratorId, "input.perpetratorId"));
        Long partOf = input.partOfId == null ? null : collect(violations, () -> eventIdForInput(input.partOfId, "input.partOfId"));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Event event = new Event(input.kind, input.status, input.title.strip(), strip(input.summary), date, location, origin,
                destination, perpetrator, partOf);
        events.create(event);
        // The citation's source is looked up only now, after the insert: a sourceId that names nothing still
        // leaves no event behind, because all of it is one transaction.
        Citation citation = sources.citeEvent(input.citation, "input.citation", event.key());
        if (people != null) {
            claims.persist(new CountClaim(event.key(), citation.key(), people, true, false, null));
        }
        return event;
    }

    /**
     * Editors only: the changes, in one statement that also checks and moves on the version, so that of two
     * editors who saw the same version exactly one wins; the other gets CONFLICT and nothing changes.
     */
    @Transactional
    public UpdateEventPayload update(UpdateEventInput input) {
        writes.admit(Access.EDITOR, input);
        List<Violation> violations = new ArrayList<>();
        Long id = collect(violations, () -> decode(input.id, NodeType.Event, "input.id"));
        Map<String, Object> columns = new LinkedHashMap<>();
        if (input.kind != null) {
            columns.put("kind", input.kind.name());
        }
        if (input.status != null) {
            columns.put("status", input.status.name());
        }
        if (input.title != null) {
            columns.put("title", input.title.strip());
        }
        if (input.summary != null) {
            columns.put("summary", input.summary.strip());
        }
        if (input.date != null) {
            PartialDate date = collect(violations, () -> input.date.toPartialDate("input.date"));
            if (date != null) {
                columns.put("date_start", date.getStart());
                columns.put("date_end", date.getEnd());
                columns.put("date_precision", date.getPrecision().name());
            }
        }
        putIfGiven(columns, "location_id", country(violations, input.location, "input.location"));
        putIfGiven(columns, "origin_id", country(violations, input.origin, "input.origin"));
        putIfGiven(columns, "destination_id", country(violations, input.destination, "input.destination"));
        if (input.perpetratorId != null) {
            putIfGiven(columns, "perpetrator_id",
                    collect(violations, () -> actors.idForInput(input.perpetratorId, "input.perpetratorId")));
        }
        if (violations.isEmpty() && columns.isEmpty()) {
            violations.add(new Violation("input", "names no field to change"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (events.update(id, input.version, columns) == 0) {
            Optional<Integer> now = events.version(id);
            if (now.isEmpty()) {
                throw new NotFoundException("No event has the id '" + input.id + "'.");
            }
            throw new ConflictException("Event '" + input.id + "' has changed since version " + input.version
                    + " (it is at version " + now.get() + " now): reload it and make the change again.");
        }
        return new UpdateEventPayload(events.findById(id));
    }

    /**
     * Editors only: the claim and its citation (which also cites the event), once per key. A preferred claim
     * takes the place of the event's preferred one in the same transaction; the event's row is locked
     * meanwhile, so that two such claims at once take turns instead of colliding on the one preferred place.
     */
    @Transactional
    public AddCountClaimPayload addClaim(AddCountClaimInput input) {
        String account = writes.admit(Access.EDITOR, input);
        boolean preferred = Boolean.TRUE.equals(input.preferred);
        boolean disputed = Boolean.TRUE.equals(input.disputed);
        List<Violation> violations = new ArrayList<>();
        Long eventId = collect(violations, () -> decode(input.eventId, NodeType.Event, "input.eventId"));
        PeopleCount people = collect(violations, () -> input.people.toPeopleCount("input.people"));
        if (preferred && disputed) {
            violations.add(new Violation("input.disputed", "a preferred figure cannot be disputed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        CountClaim claim = keys.once(account, "addCountClaim", input.idempotencyKey, () -> {
            if (!events.lock(eventId)) {
                throw new NotFoundException("No event has the id '" + input.eventId + "'.");
            }
            if (preferred) {
                claims.unsetPreferred(eventId);
            }
            Citation citation = sources.citeEvent(input.citation, "input.citation", eventId);
            CountClaim created = new CountClaim(eventId, citation.key(), people, preferred, disputed, strip(input.note));
            claims.persist(created);
            return created;
        }, CountClaim::getId, id -> {
            CountClaim earlier = claims.findById(GlobalId.decode(id, NodeType.CountClaim));
            if (earlier == null) {
                throw new NotFoundException("The claim recorded with this idempotency key has since been retracted.");
            }
            return earlier;
        });
        return new AddCountClaimPayload(claim, standing(claim.eventId(), input.eventId));
    }

    private Event standing(long id, String globalId) {
        Event event = events.findById(id);
        if (event == null) {
            throw new NotFoundException("No event has the id '" + globalId + "' (any more).");
        }
        return event;
    }

    /** The key of a standing event that an input field names by global id; VALIDATION on that field otherwise. */
    private long eventIdForInput(String eventId, String field) {
        long id = decode(eventId, NodeType.Event, field);
        if (events.findById(id) == null) {
            throw new InvalidInputException(field, "no event has the id '" + eventId + "'");
        }
        return id;
    }

    private static long decode(String globalId, NodeType type, String field) {
        try {
            return GlobalId.decode(globalId, type);
        } catch (BadInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private Long country(List<Violation> violations, String code, String field) {
        return code == null ? null : collect(violations, () -> countries.idForInput(code, field));
    }

    /** Runs one check of an input; its violations join the others, so that a form can mark every wrong field at once. */
    private static <T> T collect(List<Violation> violations, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private static void putIfGiven(Map<String, Object> columns, String column, Object value) {
        if (value != null) {
            columns.put(column, value);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

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
                filter.hasIntervention,
                filter.disputed);
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

    /** The event each event of a level probably reports again (null for most). */
    public List<PossibleDuplicate> sameAs(List<Event> level) {
        List<EventDuplicate> links = duplicates.byDuplicates(Batches.keys(level, Event::key));
        return Batches.one(level, Event::key, links, EventDuplicate::eventId).stream()
                .map(link -> link == null ? null : link.seenFrom(link.eventId()))
                .toList();
    }

    /** Every possible duplicate of each event of a level, from either side of the link. */
    public List<List<PossibleDuplicate>> possibleDuplicates(List<Event> level) {
        List<PossibleDuplicate> seen = new ArrayList<>();
        for (EventDuplicate link : duplicates.touching(Batches.keys(level, Event::key))) {
            seen.add(link.seenFrom(link.eventId()));
            seen.add(link.seenFrom(link.sameAsId()));
        }
        return Batches.many(level, Event::key, seen, PossibleDuplicate::eventId);
    }

    public List<Event> otherEvents(List<PossibleDuplicate> level) {
        return Batches.one(level, PossibleDuplicate::otherEventId, events.byIds(Batches.keys(level, PossibleDuplicate::otherEventId)),
                Event::key);
    }

    public List<List<Citation>> citationsOfDuplicates(List<PossibleDuplicate> level) {
        return sources.citationsOfEventDuplicates(level, PossibleDuplicate::linkId);
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
