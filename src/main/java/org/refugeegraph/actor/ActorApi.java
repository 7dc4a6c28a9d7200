package org.refugeegraph.actor;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.country.Country;
import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.PageRequest;

@GraphQLApi
public class ActorApi {

    @Inject
    ActorRepository actors;
    @Inject
    CountryRepository countries;

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

    @Description("The country the actor belongs to or represents; null for international bodies.")
    public List<Country> country(@Source List<Actor> actorsOfLevel) {
        return Batches.one(actorsOfLevel, Actor::countryId,
                countries.byIds(Batches.keys(actorsOfLevel, Actor::countryId)), Country::key);
    }

    @NonNull
    @Description("Actors that belong to this country (its government, diplomats, parliament, NGOs), by name.")
    public List<@NonNull List<@NonNull Actor>> actors(@Source List<Country> countriesOfLevel) {
        return Batches.many(countriesOfLevel, Country::key,
                actors.byCountries(Batches.keys(countriesOfLevel, Country::key)), Actor::countryId);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<ActorConnection> connections) {
        return connections.stream().map(ActorConnection::count).toList();
    }
}
