package org.refugeegraph.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** Someone who may write, found by quarkus-security-jpa when a request brings HTTP Basic credentials. Not in the graph. */
@Entity
@Table(name = "account")
@UserDefinition
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Username
    private String username;
    // bcrypt (Modular Crypt Format), which @Password expects by default
    @Password
    @Column(name = "password_hash")
    private String passwordHash;
    @Roles
    private String role;

    protected Account() {
    }

    Account(String username, String password, String role) {
        this.username = username;
        this.passwordHash = BcryptUtil.bcryptHash(password);
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }
}
