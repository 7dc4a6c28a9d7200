package org.refugeegraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeLoader;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.SearchHit;

@GraphQLApi
public class SearchApi {

    static final int MAX_TEXT_LENGTH = 200;
    static final int DEFAULT_HITS = 10;
    static final int MAX_HITS = 100;

    /**
     * One statement ranks every searchable table (GIN index on each generated tsvector); titles and
     * names weigh more than summaries, and ts_rank's normalization 1 favours short, focused texts.
     */
    private static final String RANKED_HITS = """
            with q as (select websearch_to_tsquery('english', :text) as query)
            select type, id from (
                select 'Event' as type, e.id, ts_rank(e.search, q.query, 1) as rank from event e, q where e.search @@ q.query
                union all
                select 'Intervention', i.id, ts_rank(i.search, q.query, 1) from intervention i, q where i.search @@ q.query
                union all
                select 'Actor', a.id, ts_rank(a.search, q.query, 1) from actor a, q where a.search @@ q.query
                union all
                select 'Source', s.id, ts_rank(s.search, q.query, 1) from source s, q where s.search @@ q.query
            ) hits
            order by rank desc, type, id
            limit :first
            """;

    @Inject
    EntityManager em;
    @Inject
    NodeLoader nodes;

    @Query("search")
    @NonNull
    @Description("Full-text search over events, interventions, actors and sources, best match first. "
            + "English words match their other forms ('deported' finds 'deports'); quotes search a phrase, "
            + "'or' offers alternatives and '-' excludes a word.")
    public List<@NonNull SearchHit> search(
            @NonNull @Name("text") @Description("What to look for, e.g. 'Vietnam deported' or '\"Human Rights Watch\"' (1 to 200 characters).") String text,
            @Name("first") @Description("At most this many hits (default 10, at most 100).") Integer first) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT_LENGTH) {
            throw new BadInputException("search text must have 1 to " + MAX_TEXT_LENGTH + " characters, got " + trimmed.length() + ".");
        }
        int limit = first == null ? DEFAULT_HITS : first;
        if (limit < 1 || limit > MAX_HITS) {
            throw new BadInputException("'first' must be between 1 and " + MAX_HITS + ", got " + limit + ".");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> ranked = em.createNativeQuery(RANKED_HITS)
                .setParameter("text", trimmed).setParameter("first", limit).getResultList();

        Map<NodeType, List<Long>> idsByType = new HashMap<>();
        List<String> ranking = new ArrayList<>(ranked.size());
        for (Object[] row : ranked) {
            NodeType type = NodeType.valueOf((String) row[0]);
            long key = ((Number) row[1]).longValue();
            idsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(key);
            ranking.add(GlobalId.encode(type, key));
        }
        // One statement per type that has hits; every searchable entity is a SearchHit.
        Map<String, SearchHit> found = new HashMap<>();
        idsByType.forEach((type, ids) -> nodes.byIds(type, ids).forEach(node -> found.put(node.getId(), (SearchHit) node)));
        return ranking.stream().map(found::get).toList();
    }
}
