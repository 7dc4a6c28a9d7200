package org.refugeegraph.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Change")
@Description("Something created, updated or retracted: an item of Query.changes, for clients that keep a copy in sync.")
public class Change {
    private final ChangeRecord record;
    private final List<FieldChange> changes;

    Change(ChangeRecord record, List<FieldChange> changes) {
        this.record = record;
        this.changes = changes;
    }

    ChangeRecord record() {
        return record;
    }

    @Id
    @NonNull
    @Description("Global id of the record that changed: for a node (Event, Intervention, Source, Actor, ...) the id that "
            + "Query.node takes, also once it has been retracted.")
    public String getId() {
        return HistoryService.globalId(record.entity(), record.entityId());
    }

    @NonNull
    @Description("What kind of record changed: Event, Intervention, CountClaim, InterventionTarget, Source, Actor or Citation.")
    public String getType() {
        return record.entity();
    }

    @NonNull
    @Description("Whether the record was created, updated or retracted.")
    public ChangeAction getAction() {
        return record.action();
    }

    @NonNull
    @Description("When the change was made.")
    public OffsetDateTime getAt() {
        return record.changedAt();
    }

    @NonNull
    @Description("The editor's account name; 'database' for a change made in the database directly, not through the API.")
    public String getEditor() {
        return record.editor();
    }

    @NonNull
    @Description("The fields whose values differ before and after, by name; for CREATED, every field that has a value.")
    public List<@NonNull FieldChange> getChanges() {
        return changes;
    }
}
