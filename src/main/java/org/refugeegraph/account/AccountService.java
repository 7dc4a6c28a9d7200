package org.refugeegraph.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.InputValidator;
import org.refugeegraph.graph.InvalidInputException;
import org.refugeegraph.graph.Writes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Accounts: admins create them; the first admin comes from configuration at start. */
@ApplicationScoped
public class AccountService {
    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @Inject
    AccountRepository accounts;
    @Inject
    Writes writes;
    @Inject
    InputValidator validator;

    /** REFUGEE_GRAPH_ADMIN_USERNAME in the environment; no admin is created without it. */
    @ConfigProperty(name = "refugee-graph.admin.username")
    Optional<String> firstAdminName;
    /** REFUGEE_GRAPH_ADMIN_PASSWORD: used only while no account of that name exists. */
    @ConfigProperty(name = "refugee-graph.admin.password")
    Optional<String> firstAdminPassword;

    @Transactional
    public CreateAccountPayload create(CreateAccountInput input) {
        writes.admit(Access.ADMIN, input);
        if (!addIfAbsent(input)) {
            throw new InvalidInputException("input.username", "an account named '" + input.username + "' exists");
        }
        return new CreateAccountPayload(input.username, input.role);
    }

    /** Creates the configured admin once; a later start with another password changes nothing. */
    void createFirstAdmin(@Observes StartupEvent start) {
        if (firstAdminName.isEmpty() || firstAdminPassword.isEmpty()) {
            LOG.debug("No first admin configured (REFUGEE_GRAPH_ADMIN_USERNAME and _PASSWORD)");
            return;
        }
        CreateAccountInput admin = new CreateAccountInput();
        admin.username = firstAdminName.get();
        admin.password = firstAdminPassword.get();
        admin.role = AccountRole.ADMIN;
        try {
            validator.check("refugee-graph.admin", admin);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The configured first admin is not valid: " + e.getMessage());
        }
        boolean created = QuarkusTransaction.requiringNew().call(() -> addIfAbsent(admin));
        if (created) {
            LOG.infof("Created the first admin account '%s' from configuration", admin.username);
        }
    }

    /** Stores the account (its password hashed) unless one of that name exists; whether it did. */
    private boolean addIfAbsent(CreateAccountInput input) {
        if (accounts.exists(input.username)) {
            return false;
        }
        accounts.persist(new Account(input.username, input.password, input.role.stored()));
        return true;
    }
}
