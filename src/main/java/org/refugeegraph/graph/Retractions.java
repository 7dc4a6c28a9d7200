package org.refugeegraph.graph;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Retracts a standing record (an event, an intervention, a count claim) within the caller's transaction.
 * Nothing is deleted: the row keeps its values in {@code <table>_record} with the time and the reason,
 * and the views of V7__writes.sql drop it (and what hangs on it) from every read.
 */
@ApplicationScoped
public class Retractions {

    @Inject
    EntityManager entityManager;

    /**
     * Retracts the record, once: a record that is already retracted, or never was, is NOT_FOUND; a
     * version other than the record's is a CONFLICT (null: no check). One conditional UPDATE, so that
     * of two concurrent retractions exactly one wins (PostgreSQL re-checks the WHERE after the row lock).
     *
     * @param table the view of the standing records (event, intervention, count_claim): a constant, never input
     * @return when it was retracted
     */
    public OffsetDateTime retract(NodeType type, String table, long key, String reason, Integer version) {
        Query update = entityManager.createNativeQuery("update " + table + "_record"
                + " set retracted_at = now(), retraction_reason = ?1, version = version + 1"
                + " where id = ?2 and retracted_at is null" + (version == null ? "" : " and version = ?3")
                + " returning retracted_at")
                .setParameter(1, reason)
                .setParameter(2, key);
        if (version != null) {
            update.setParameter(3, version);
        }
        List<?> retracted = update.getResultList();
        if (!retracted.isEmpty()) {
            return utc(retracted.get(0));
        }
        List<?> standing = entityManager.createNativeQuery("select version from " + table + " where id = ?1")
                .setParameter(1, key).getResultList();
        String id = GlobalId.encode(type, key);
        if (standing.isEmpty()) {
            throw new NotFoundException("No " + type + " with id '" + id + "' stands: it was retracted, or never was.");
        }
        throw new ConflictException(type + " '" + id + "' is at version " + standing.get(0) + ", not " + version
                + ": someone changed it since you read it. Read it again, then decide.");
    }

    private static OffsetDateTime utc(Object timestamp) {
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (timestamp instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
    }
}
