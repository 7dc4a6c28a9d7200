package org.refugeegraph.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateAccountInput")
@Description("A new account: who signs in, with which password, to do what.")
public class CreateAccountInput {
    @NonNull
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "must be 3 to 100 letters, digits or . _ @ -")
    @Description("The name to sign in with: 3 to 100 letters, digits or . _ @ -")
    public String username;

    @NonNull
    @NotNull
    @Size(min = 12, max = 200)
    @Description("At least 12 characters. Only its bcrypt hash is stored.")
    public String password;

    @NonNull
    @NotNull
    @Description("EDITOR to record facts, ADMIN to manage accounts.")
    public AccountRole role;
}
