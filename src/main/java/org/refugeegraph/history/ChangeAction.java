package org.refugeegraph.history;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change did to a record.")
public enum ChangeAction {
    @Description("The record was added.")
    CREATED,
    @Description("Some of its values changed.")
    UPDATED,
    @Description("It was withdrawn, with a reason: it has left every read, but keeps its row and its history.")
    RETRACTED
}
