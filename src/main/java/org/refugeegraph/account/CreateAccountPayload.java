package org.refugeegraph.account;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateAccountPayload")
@Description("The account that was created.")
public class CreateAccountPayload {
    private final String username;
    private final AccountRole role;

    CreateAccountPayload(String username, AccountRole role) {
        this.username = username;
        this.role = role;
    }

    @NonNull
    @Description("The name to sign in with.")
    public String getUsername() {
        return username;
    }

    @NonNull
    @Description("What the account may do.")
    public AccountRole getRole() {
        return role;
    }
}
