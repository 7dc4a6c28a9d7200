package org.refugeegraph.source;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.KeysetPage;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.SortKey;
import org.refugeegraph.graph.SqlFilter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<SourceDocument, Long> {

    static final SortKey<SourceDocument> BY_TITLE = new SortKey<>("source:TITLE", "s.title", false,
            SourceDocument::getTitle, key -> key, SourceDocument::key);

    public List<SourceDocument> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public SourceConnection page(PageRequest request) {
        KeysetPage<SourceDocument> page = KeysetPage.fetch(getEntityManager(), SourceDocument.class,
                new SqlFilter("source", "s"), BY_TITLE, request);
        return new SourceConnection(page.edges(SourceConnection.SourceEdge::new), page.pageInfo(), page.counter());
    }
}
