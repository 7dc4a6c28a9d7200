package org.refugeegraph.history;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One row of the history table, written only by the triggers of V8__history.sql. */
@Entity
@Table(name = "change")
@Immutable
public class ChangeRecord {
    @Id
    private Long id;
    /** The writing transaction: Query.changes orders by it (see V8__history.sql). */
    private Long tx;
    private String entity;
    @Column(name = "entity_id")
    private Long entityId;
    @Enumerated(EnumType.STRING)
    private ChangeAction action;
    private String editor;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    // jsonb read as its text; only the history code parses it
    @Column(columnDefinition = "jsonb")
    private String before;
    @Column(columnDefinition = "jsonb")
    private String after;

    public Long key() {
        return id;
    }

    public Long tx() {
        return tx;
    }

    public String entity() {
        return entity;
    }

    public Long entityId() {
        return entityId;
    }

    public ChangeAction action() {
        return action;
    }

    public String editor() {
        return editor;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
