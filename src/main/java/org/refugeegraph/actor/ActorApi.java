package org.refugeegraph.actor;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.country.Country;
import org.refugeegraph.graph.PageRequest;

@GraphQLApi
public class ActorApi {

    @Inject
    ActorService actors;

    @Query("actors")
    @NonNull
    @Description("Governments, diplomats, NGOs, UN bodies and parliaments, by name.")
    public ActorConnection actors(
            @Name("kind") @Description("Only actors of this kind.") ActorKind kind,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return actors.page(kind, PageRequest.of(first, after, last, before));
    }

    @Mutation("createActor")
    @NonNull
    @Description("Editors only: records a government, mission, NGO, UN body or parliament, e.g. the perpetrator of events.")
    public CreateActorPayload createActor(@Name("input") @NonNull @Description("The new actor.") CreateActorInput input) {
        return actors.create(input);
    }

    @Description("The country the actor belongs to or represents; null for international bodies.")
    public List<Country> country(@Source List<Actor> actorsOfLevel) {
        return actors.countries(actorsOfLevel);
    }

    @NonNull
    @Description("Actors that belong to this country (its government, diplomats, parliament, NGOs), by name.")
    public List<@NonNull List<@NonNull Actor>> actors(@Source List<Country> countriesOfLevel) {
        return actors.actorsOf(countriesOfLevel);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<ActorConnection> connections) {
        return connections.stream().map(ActorConnection::count).toList();
    }
}
