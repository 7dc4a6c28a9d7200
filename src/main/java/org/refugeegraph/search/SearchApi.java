package org.refugeegraph.search;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.refugeegraph.graph.SearchHit;

@GraphQLApi
public class SearchApi {

    @Inject
    SearchService search;

    @Query("search")
    @NonNull
    @Description("Full-text search over events, interventions, actors and sources, best match first. "
            + "English words match their other forms ('deported' finds 'deports'); quotes search a phrase, "
            + "'or' offers alternatives and '-' excludes a word.")
    public List<@NonNull SearchHit> search(
            @NonNull @Name("text") @Description("What to look for, e.g. 'Vietnam deported' or '\"Human Rights Watch\"' (1 to 200 characters).") String text,
            @Name("first") @Description("At most this many hits (default 10, at most 100).") Integer first) {
        return search.search(text, first);
    }
}
