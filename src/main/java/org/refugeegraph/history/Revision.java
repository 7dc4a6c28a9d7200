package org.refugeegraph.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Revision")
@Description("One recorded change of a record: who made it, when, and the values it changed.")
public class Revision {
    private final OffsetDateTime at;
    private final String editor;
    private final ChangeAction action;
    private final List<FieldChange> changes;

    Revision(OffsetDateTime at, String editor, ChangeAction action, List<FieldChange> changes) {
        this.at = at;
        this.editor = editor;
        this.action = action;
        this.changes = changes;
    }

    @NonNull
    @Description("When the change was made.")
    public OffsetDateTime getAt() {
        return at;
    }

    @NonNull
    @Description("The editor's account name; 'database' for a change made in the database directly, not through the API.")
    public String getEditor() {
        return editor;
    }

    @NonNull
    @Description("Whether the record was created, updated or retracted.")
    public ChangeAction getAction() {
        return action;
    }

    @NonNull
    @Description("The fields whose values differ before and after, by name; for CREATED, every field that has a value.")
    public List<@NonNull FieldChange> getChanges() {
        return changes;
    }
}
