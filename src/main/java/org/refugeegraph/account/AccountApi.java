package org.refugeegraph.account;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class AccountApi {

    @Inject
    AccountService accounts;

    @Mutation("createAccount")
    @NonNull
    @Description("Admins only: creates an account, e.g. an editor's.")
    public CreateAccountPayload createAccount(@Name("input") @NonNull @Description("The new account.") CreateAccountInput input) {
        return accounts.create(input);
    }
}
