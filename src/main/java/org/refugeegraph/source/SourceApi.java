package org.refugeegraph.source;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.graph.PageRequest;

/** Sources and every citation field of the graph: whatever states a fact links here. */
@GraphQLApi
public class SourceApi {

    @Inject
    SourceService sources;

    @Query("sources")
    @NonNull
    @Description("Every source the graph cites, by title.")
    public SourceConnection sources(
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return sources.page(PageRequest.of(first, after, last, before));
    }

    @Mutation("createSource")
    @NonNull
    @Description("Editors only: records a published document, so that facts can cite it.")
    public CreateSourcePayload createSource(@Name("input") @NonNull @Description("The new source.") CreateSourceInput input) {
        return sources.create(input);
    }

    @NonNull
    @Description("The source of this passage.")
    public List<@NonNull SourceDocument> source(@Source List<Citation> level) {
        return sources.sourcesOf(level);
    }

    @NonNull
    @Description("Every passage of this source that the graph cites.")
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<SourceDocument> level) {
        return sources.citationsOfSources(level);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<SourceConnection> connections) {
        return connections.stream().map(SourceConnection::count).toList();
    }
}
