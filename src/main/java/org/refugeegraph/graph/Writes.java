package org.refugeegraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * How every mutation starts, in its service: first who may make it, then whether its input is valid,
 * so that a client without the role learns nothing about the input rules and nothing is written.
 */
@ApplicationScoped
public class Writes {

    @Inject
    Access access;
    @Inject
    InputValidator validator;
    @Inject
    EntityManager entityManager;

    /**
     * The account's name, once it has the role and the argument `input` passes Bean Validation. Call it
     * inside the mutation's transaction: it names the account as the editor of every change that
     * transaction records in history (V8__history.sql reads the setting; it ends with the transaction).
     */
    public String admit(String role, Object input) {
        String account = access.require(role);
        validator.check("input", input);
        entityManager.createNativeQuery("select set_config('refugee_graph.editor', ?1, true)")
                .setParameter(1, account).getSingleResult();
        return account;
    }
}
