package org.refugeegraph.history;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.refugeegraph.graph.KeysetPage;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.SortKey;
import org.refugeegraph.graph.SqlFilter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<ChangeRecord, Long> {

    /**
     * Keyset by (tx, id): within a transaction by id, across transactions by transaction id. A row is
     * listed only once every transaction whose id is lower has ended (the snapshot's xmin), so no change
     * can later appear before a cursor already handed out, however late its transaction commits.
     */
    private static final SortKey<ChangeRecord> FEED = new SortKey<>("changes", "c.tx", false, ChangeRecord::tx,
            Long::valueOf, ChangeRecord::key);

    /** Every change of these records of one entity type, oldest first. */
    public List<ChangeRecord> of(String entity, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("entity = ?1 and entityId in ?2 order by entityId, id", entity, ids);
    }

    public KeysetPage<ChangeRecord> since(OffsetDateTime since, PageRequest page) {
        SqlFilter filter = new SqlFilter("change", "c")
                .where("c.changed_at >= :since", "since", since)
                .where("c.tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint");
        return KeysetPage.fetch(getEntityManager(), ChangeRecord.class, filter, FEED, page);
    }
}
