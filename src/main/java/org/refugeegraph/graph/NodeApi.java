package org.refugeegraph.graph;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.refugeegraph.actor.ActorRepository;
import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.intervention.InterventionRepository;
import org.refugeegraph.source.SourceRepository;
import org.refugeegraph.treaty.TreatyRepository;

/** Relay's Query.node: any entity by its global id. */
@GraphQLApi
public class NodeApi {

    @Inject
    CountryRepository countries;
    @Inject
    EventRepository events;
    @Inject
    InterventionRepository interventions;
    @Inject
    ActorRepository actors;
    @Inject
    SourceRepository sources;
    @Inject
    TreatyRepository treaties;

    @Query("node")
    @Description("Any country, event, intervention, actor, source or treaty by its global id. "
            + "A malformed id is a VALIDATION error; an id of nothing is a NOT_FOUND error.")
    public Node node(@NonNull @Id @Name("id") @Description("A global id returned by this API.") String id) {
        GlobalId globalId = GlobalId.decode(id);
        Object found = switch (globalId.type()) {
            case Country -> countries.findById(globalId.key());
            case Event -> events.findById(globalId.key());
            case Intervention -> interventions.findById(globalId.key());
            case Actor -> actors.findById(globalId.key());
            case Source -> sources.findById(globalId.key());
            case Treaty -> treaties.findById(globalId.key());
        };
        if (found == null) {
            throw new NotFoundException("No " + globalId.type() + " with id '" + id + "'.");
        }
        return (Node) found;
    }
}
