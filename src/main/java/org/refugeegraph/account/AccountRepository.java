package org.refugeegraph.account;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, Long> {

    public boolean exists(String username) {
        return count("username", username) > 0;
    }
}
