package org.refugeegraph.account;

import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;

@Description("What an account may do.")
public enum AccountRole {
    @Description("Records facts: creates sources, actors and events.")
    EDITOR,
    @Description("Manages accounts: creates editors and other admins.")
    ADMIN;

    /** As stored in account.role and checked by graph/Access: editor, admin. */
    String stored() {
        return name().toLowerCase(Locale.ROOT);
    }
}
