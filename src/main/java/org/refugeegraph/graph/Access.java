package org.refugeegraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may write. Reads are public, so authentication is not proactive: the HTTP Basic credentials of
 * a request are checked only when a write asks here, and a query never pays for a password hash.
 */
@ApplicationScoped
public class Access {
    /** Records facts: sources, actors, events. */
    public static final String EDITOR = "editor";
    /** Manages accounts. */
    public static final String ADMIN = "admin";

    @Inject
    CurrentIdentityAssociation identities;

    /** The signed-in account's name; UNAUTHENTICATED or FORBIDDEN unless it has the role. */
    public String require(String role) {
        SecurityIdentity identity;
        try {
            identity = identities.getIdentity();
        } catch (AuthenticationFailedException e) {
            // Quarkus has already answered HTTP 401 with a Basic challenge; this only stops the write.
            throw new UnauthenticatedException("Wrong username or password.");
        }
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthenticatedException("Writing needs an account: sign in with HTTP Basic authentication.");
        }
        if (!identity.hasRole(role)) {
            throw new ForbiddenException("Account '" + identity.getPrincipal().getName() + "' does not have the role '"
                    + role + "'.");
        }
        return identity.getPrincipal().getName();
    }
}
