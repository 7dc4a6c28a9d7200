package org.refugeegraph.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.refugeegraph.graph.NodeType;

/** The full-text ranking over every searchable table, as SQL. */
@ApplicationScoped
public class SearchRepository {

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

    /** The best matches of a websearch_to_tsquery text, best first, as type and database id. */
    public List<Hit> ranked(String text, int first) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RANKED_HITS).setParameter("text", text).setParameter("first", first).getResultList();
        return rows.stream().map(row -> new Hit(NodeType.valueOf((String) row[0]), ((Number) row[1]).longValue())).toList();
    }

    /** One ranked match. */
    public record Hit(NodeType type, long key) {
    }
}
