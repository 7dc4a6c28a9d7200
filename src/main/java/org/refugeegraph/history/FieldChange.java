package org.refugeegraph.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FieldChange")
@Description("One value that a change set or altered. Values are text: numbers and dates as written in JSON, "
        + "lists as JSON arrays, links to other records as their global ids.")
public class FieldChange {
    private final String field;
    private final String before;
    private final String after;

    FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    @NonNull
    @Description("The field, e.g. title, dateStart, perpetrator, retractionReason.")
    public String getField() {
        return field;
    }

    @Description("Its value before the change; null when it had none (always, for a CREATED change).")
    public String getBefore() {
        return before;
    }

    @Description("Its value after the change; null when the change cleared it.")
    public String getAfter() {
        return after;
    }
}
