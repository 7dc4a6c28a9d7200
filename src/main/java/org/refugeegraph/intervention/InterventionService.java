package org.refugeegraph.intervention;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.refugeegraph.actor.Actor;
import org.refugeegraph.actor.ActorService;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.event.Event;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.event.EventStatus;
import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.IdempotencyKeys;
import org.refugeegraph.graph.InvalidInputException;
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
    @Inject
    Writes writes;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    Retractions retractions;
    @Inject
    EntityManager entityManager;

    /**
     * Editors only; one transaction: the intervention and its citation are written together or not at all.
     * With an idempotency key used before, returns what that request created and writes nothing.
     */
    @Transactional
    public CreateInterventionPayload create(CreateInterventionInput input) {
        String account = writes.admit(Access.EDITOR, input);
        Optional<String> earlier = idempotencyKeys.earlierResult(account, "createIntervention", input.idempotencyKey);
        if (earlier.isPresent()) {
            Intervention created = interventions.findById(GlobalId.decode(earlier.get(), NodeType.Intervention));
            if (created == null) {
                throw new NotFoundException("The intervention that idempotency key '" + input.idempotencyKey
                        + "' created (" + earlier.get() + ") has since been retracted.");
            }
            return new CreateInterventionPayload(created);
        }
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        PartialDate date = checked(violations, () -> input.date.toPartialDate("input.date"));
        Long actorId = checked(violations, () -> actorKey(input.actorId));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Intervention intervention = new Intervention(input.kind, input.title.strip(), strip(input.summary), date, actorId);
        interventions.persist(intervention);
        sources.citeIntervention(input.citation, "input.citation", intervention.key());
        idempotencyKeys.record(account, "createIntervention", input.idempotencyKey, intervention.getId());
        return new CreateInterventionPayload(intervention);
    }

    /**
     * Editors only; one transaction: the link and its citation are written together or not at all. Its
     * intervention's row is locked first, so that a concurrent link of the same pair waits and then finds
     * this one (a duplicate is a VALIDATION error naming input.eventId, not a failed insert), and a
     * concurrent retraction of the intervention cannot slip in between the check and the insert.
     */
    @Transactional
    public LinkInterventionTargetPayload link(LinkInterventionTargetInput input) {
        String account = writes.admit(Access.EDITOR, input);
        // Targets are not nodes: the key records the target's database key.
        return new LinkInterventionTargetPayload(idempotencyKeys.once(account, "linkInterventionTarget", input.idempotencyKey,
                () -> newTarget(input), target -> String.valueOf(target.key()), key -> {
                    InterventionTarget earlier = targets.findById(Long.valueOf(key));
                    if (earlier == null) {
                        throw new NotFoundException("The target linked with this idempotency key has since left the graph.");
                    }
                    return earlier;
                }));
    }

    private InterventionTarget newTarget(LinkInterventionTargetInput input) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        Intervention intervention = checked(violations, () -> lockedIntervention(input.interventionId));
        Event event = checked(violations, () -> standingEvent(input.eventId));
        PeopleCount peopleProtected = input.peopleProtected == null ? null
                : checked(violations, () -> input.peopleProtected.toPeopleCount("input.peopleProtected"));
        if (intervention != null && event != null) {
            outcomeProblem(input.outcome, intervention, event)
                    .ifPresent(problem -> violations.add(new InvalidInputException.Violation("input.outcome", problem)));
            if (targets.count("interventionId = ?1 and eventId = ?2", intervention.key(), event.key()) > 0) {
                violations.add(new InvalidInputException.Violation("input.eventId", "the intervention is already linked to "
                        + "this event; an intervention aims at an event once"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        InterventionTarget target = new InterventionTarget(intervention.key(), event.key(), input.outcome, peopleProtected,
                strip(input.note));
        targets.persist(target);
        sources.citeInterventionTarget(input.citation, "input.citation", target.key());
        return target;
    }

    /**
     * Why the outcome cannot be, from what the graph knows of both sides; only rules that follow from the
     * outcomes' own meaning. Dates are ranges: an intervention counts as after the event only when even its
     * earliest day is after the event's last one, and as before it only when its last day is before the
     * event's first. A protest after a deportation is AFTER_THE_FACT, not FAILED: it could not have stopped it.
     */
    static Optional<String> outcomeProblem(Outcome outcome, Intervention intervention, Event event) {
        boolean after = intervention.dateStart().isAfter(event.dateEnd());
        if ((outcome == Outcome.PREVENTED || outcome == Outcome.DELAYED || outcome == Outcome.FAILED) && after) {
            return Optional.of("an intervention that began " + intervention.getDate().getText() + " cannot have "
                    + outcome + " an event that was over by " + event.dateEnd()
                    + (outcome == Outcome.FAILED ? " (AFTER_THE_FACT fits)" : ""));
        }
        if (outcome == Outcome.AFTER_THE_FACT && intervention.dateEnd().isBefore(event.dateStart())) {
            return Optional.of("an intervention that ended " + intervention.getDate().getText()
                    + " is not AFTER_THE_FACT of an event that began " + event.dateStart());
        }
        if (outcome == Outcome.PREVENTED && event.getStatus() == EventStatus.CARRIED_OUT) {
            return Optional.of("the event was CARRIED_OUT, so it was not PREVENTED (FAILED or DELAYED may fit)");
        }
        if (outcome == Outcome.FAILED && event.getStatus() == EventStatus.AVERTED) {
            return Optional.of("the event was AVERTED, so the intervention did not fail to stop it (PREVENTED may fit)");
        }
        return Optional.empty();
    }

    /** Retracts a standing intervention within the caller's transaction; its targets and citations leave with it. */
    public OffsetDateTime retract(long key, String reason, Integer version) {
        return retractions.retract(NodeType.Intervention, "intervention", key, reason, version);
    }

    private long actorKey(String id) {
        long key = key(id, NodeType.Actor, "input.actorId");
        if (actors.of(List.of(key), Function.identity()).get(0) == null) {
            throw new InvalidInputException("input.actorId", "no actor has the id '" + id + "'");
        }
        return key;
    }

    /** The standing intervention, its row locked until the transaction ends. */
    private Intervention lockedIntervention(String id) {
        long key = key(id, NodeType.Intervention, "input.interventionId");
        List<?> locked = entityManager.createNativeQuery(
                "select id from intervention_record where id = ?1 and retracted_at is null for update")
                .setParameter(1, key).getResultList();
        Intervention intervention = locked.isEmpty() ? null : interventions.findById(key);
        if (intervention == null) {
            throw new InvalidInputException("input.interventionId", "no intervention has the id '" + id + "'");
        }
        return intervention;
    }

    private Event standingEvent(String id) {
        long key = key(id, NodeType.Event, "input.eventId");
        List<Event> found = events.byIds(List.of(key));
        if (found.isEmpty()) {
            throw new InvalidInputException("input.eventId", "no event has the id '" + id + "'");
        }
        return found.get(0);
    }

    private static long key(String id, NodeType type, String field) {
        try {
            return GlobalId.decode(id, type);
        } catch (BadInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** The value, or null with its violations collected, so that one answer names every wrong field. */
    private static <T> T checked(List<InvalidInputException.Violation> violations, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

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

    public List<List<Citation>> targetCitations(List<InterventionTarget> level) {
        return sources.citationsOfInterventionTargets(level, InterventionTarget::key);
    }
}
