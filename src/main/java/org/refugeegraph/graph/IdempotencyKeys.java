package org.refugeegraph.graph;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Client-chosen keys that make a create safe to retry: the same key again (same account, same
 * mutation) returns the global id of what the first request created, and the create writes nothing.
 * Both calls run in the create's own transaction, so a create that fails leaves no key behind, and a
 * concurrent retry with the same key waits on the key's primary key until the first one commits.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    EntityManager entityManager;

    /**
     * Runs a create once per key: the first call with a key creates and records the result's id; a later
     * call with the same key (same account, same mutation) writes nothing and answers what {@code earlier}
     * finds for the recorded id. Without a key, it simply creates.
     *
     * @param create makes the new thing (in the caller's transaction)
     * @param idOf the id to record for it (a global id where the thing has one)
     * @param earlier the answer for an id recorded by an earlier create
     */
    public <T> T once(String account, String mutation, String key, Supplier<T> create, Function<T, String> idOf,
            Function<String, T> earlier) {
        Optional<String> earlierId = earlierResult(account, mutation, key);
        if (earlierId.isPresent()) {
            return earlier.apply(earlierId.get());
        }
        T created = create.get();
        record(account, mutation, key, idOf.apply(created));
        return created;
    }

    /**
     * Takes the key for this create, or, when an earlier create took it, returns the global id it
     * recorded. A null key (the client chose none) is never taken and never found.
     */
    public Optional<String> earlierResult(String account, String mutation, String key) {
        if (key == null) {
            return Optional.empty();
        }
        int taken = entityManager.createNativeQuery("""
                insert into idempotency_key (account, mutation, key) values (?1, ?2, ?3) on conflict do nothing""")
                .setParameter(1, account).setParameter(2, mutation).setParameter(3, key)
                .executeUpdate();
        if (taken == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> results = entityManager.createNativeQuery("""
                select result_id from idempotency_key where account = ?1 and mutation = ?2 and key = ?3""")
                .setParameter(1, account).setParameter(2, mutation).setParameter(3, key)
                .getResultList();
        return results.stream().findFirst();
    }

    /** Records what the create that took the key made (call it before the transaction commits). */
    public void record(String account, String mutation, String key, String resultId) {
        if (key == null) {
            return;
        }
        entityManager.createNativeQuery("""
                update idempotency_key set result_id = ?4 where account = ?1 and mutation = ?2 and key = ?3""")
                .setParameter(1, account).setParameter(2, mutation).setParameter(3, key).setParameter(4, resultId)
                .executeUpdate();
    }
}
