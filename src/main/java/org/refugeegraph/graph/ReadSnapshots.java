package org.refugeegraph.graph;

import java.sql.Statement;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Every GraphQL query reads from one snapshot: a read-only REPEATABLE READ transaction on one
 * connection, opened before execution and rolled back after it. A page, its totalCount and its
 * linked fields are loaded by separate statements (one per level); without a snapshot, a write
 * committed between two of them would show up in one and not the other.
 * <p>
 * Only requests made of queries get a snapshot; mutations manage their own transactions.
 * Found by ServiceLoader (META-INF/services; Quarkus registers every EventingService for native).
 */
public class ReadSnapshots implements EventingService {
    private static final Logger LOG = Logger.getLogger(ReadSnapshots.class);

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeExecute(Context context) {
        if (!context.getRequestedOperationTypes().stream().allMatch("QUERY"::equals)) {
            return;
        }
        TransactionManager transactions = transactions();
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                // Only a request that failed outside SmallRye's callbacks could leave one behind.
                LOG.warn("A read snapshot was still open on this thread: rolled back");
                transactions.rollback();
            }
            transactions.begin();
            // Inside the transaction this is its own session; unwrap gives it, not the proxy.
            Session session = Arc.container().instance(Session.class).get().unwrap(SessionImplementor.class);
            session.doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction isolation level repeatable read, read only");
                }
            });
            Arc.container().instance(RunningStatements.class).get().watch(session);
        } catch (Exception e) {
            // E.g. the database is down: the fields fail one by one with a GraphQL error, not the request with a 500.
            LOG.warnf("Cannot open a read snapshot, the request reads without one: %s", e.toString());
            end();
        }
    }

    @Override
    public void afterExecute(Context context) {
        end();
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        end();
    }

    private static void end() {
        TransactionManager transactions = transactions();
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback(); // read only: nothing to keep
            }
        } catch (SystemException | RuntimeException e) {
            LOG.warn("Could not end a read snapshot", e);
        }
    }

    private static TransactionManager transactions() {
        return Arc.container().instance(TransactionManager.class).get();
    }
}
