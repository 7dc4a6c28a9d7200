package org.refugeegraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.smallrye.graphql.api.Union;

/** The GraphQL union of what Query.search can find; the entities implement it. */
@Union
@Name("SearchHit")
@Description("Something found by full-text search: an event, an intervention, an actor or a source. "
        + "Ask for the fields of each with `... on Event { title }`.")
public interface SearchHit {
}
