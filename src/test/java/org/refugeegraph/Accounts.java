package org.refugeegraph;

import static org.refugeegraph.GraphQLClient.okAs;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.refugeegraph.GraphQLClient.Account;

/**
 * Accounts for tests that write. The admin is the one the application created at start from its
 * configuration (refugee-graph.admin.*, test profiles only); every other account is created through
 * createAccount with a fresh name, so that tests never depend on each other or on an earlier run.
 */
public final class Accounts {
    private Accounts() {
    }

    public static Account admin() {
        return new Account(ConfigProvider.getConfig().getValue("refugee-graph.admin.username", String.class),
                ConfigProvider.getConfig().getValue("refugee-graph.admin.password", String.class));
    }

    /** A new account with the role EDITOR or ADMIN. */
    public static Account create(String role) {
        Account account = new Account(role.toLowerCase() + "-" + UUID.randomUUID(), UUID.randomUUID().toString());
        okAs(admin(), "createAccount", "input", Map.of("username", account.username(), "password", account.password(), "role", role));
        return account;
    }
}
