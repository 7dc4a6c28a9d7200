package org.refugeegraph.actor;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.IdempotencyKeys;
import org.refugeegraph.graph.InvalidInputException;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.Writes;

/** Actors: pages, and the actors and countries linked to each item of a query level. */
@ApplicationScoped
public class ActorService {

    @Inject
    ActorRepository actors;
    @Inject
    CountryService countries;
    @Inject
    Writes writes;
    @Inject
    IdempotencyKeys keys;

    /** Editors only; one transaction: the actor is written whole or not at all, and once per idempotency key. */
    @Transactional
    public CreateActorPayload create(CreateActorInput input) {
        String account = writes.admit(Access.EDITOR, input);
        return new CreateActorPayload(keys.once(account, "createActor", input.idempotencyKey, () -> {
            Long countryId = input.country == null ? null : countries.idForInput(input.country, "input.country");
            Actor actor = new Actor(input.name.strip(), input.kind, countryId);
            actors.create(actor);
            return actor;
        }, Actor::getId, id -> actors.findById(GlobalId.decode(id, NodeType.Actor))));
    }

    /**
     * The key of the actor a mutation's input names by global id; a malformed id, another type's id or an
     * actor that does not exist is a VALIDATION error on that field.
     */
    public long idForInput(String actorId, String field) {
        long id;
        try {
            id = GlobalId.decode(actorId, NodeType.Actor);
        } catch (BadInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
        if (actors.findById(id) == null) {
            throw new InvalidInputException(field, "no actor has the id '" + actorId + "'");
        }
        return id;
    }

    public ActorConnection page(ActorKind kind, PageRequest page) {
        return actors.page(kind, page);
    }

    /** The actor of each item of a query level, by the id it holds (null where it holds none). */
    public <T> List<Actor> of(List<T> level, Function<T, Long> actorId) {
        return Batches.one(level, actorId, actors.byIds(Batches.keys(level, actorId)), Actor::key);
    }

    public List<Country> countries(List<Actor> level) {
        return countries.of(level, Actor::countryId);
    }

    public List<List<Actor>> actorsOf(List<Country> level) {
        return Batches.many(level, Country::key, actors.byCountries(Batches.keys(level, Country::key)), Actor::countryId);
    }
}
