package org.refugeegraph.source;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.KeysetPage;
import org.refugeegraph.graph.NodeRepository;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.SortKey;
import org.refugeegraph.graph.SqlFilter;

@ApplicationScoped
public class SourceRepository implements NodeRepository<SourceDocument> {

    @Override
    public NodeType type() {
        return NodeType.Source;
    }

    static final SortKey<SourceDocument> BY_TITLE = new SortKey<>("source:TITLE", "s.title", false,
            SourceDocument::getTitle, key -> key, SourceDocument::key);

    /** Inserts a new source; its id is set when this returns. */
    public void create(SourceDocument source) {
        persist(source);
    }

    public SourceConnection page(PageRequest request) {
        KeysetPage<SourceDocument> page = KeysetPage.fetch(getEntityManager(), SourceDocument.class,
                new SqlFilter("source", "s"), BY_TITLE, request);
        return new SourceConnection(page.edges(SourceConnection.SourceEdge::new), page.pageInfo(), page.counter());
    }
}
