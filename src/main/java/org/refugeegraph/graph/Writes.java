package org.refugeegraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /** The account's name, once it has the role and the argument `input` passes Bean Validation. */
    public String admit(String role, Object input) {
        String account = access.require(role);
        validator.check("input", input);
        return account;
    }
}
