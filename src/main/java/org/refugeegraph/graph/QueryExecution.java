package org.refugeegraph.graph;

import java.sql.Statement;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Around the execution of every GraphQL request:
 * <ul>
 * <li>it waits for an execution slot ({@link ExecutionSlots}), and gives up if its client leaves;</li>
 * <li>a query reads from one snapshot: a read-only REPEATABLE READ transaction on one connection,
 * opened when graphql-java starts executing it (after validation and {@link QueryLimits}) and
 * rolled back after execution. A page, its totalCount and its linked fields are
 * separate statements (one per level); without a snapshot, a write committed between two of them
 * would show up in one and not the other. Mutations manage their own transactions.</li>
 * </ul>
 * Slot and statement are given back by {@link InFlightRequest} when the request ends, also when the
 * client disconnects. Found by ServiceLoader (META-INF/services; Quarkus registers every
 * EventingService for native).
 */
@RegisterForReflection(methods = false, fields = false, ignoreNested = true) // ServiceLoader needs the constructor only
public class QueryExecution implements EventingService {
    private static final Logger LOG = Logger.getLogger(QueryExecution.class);

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeExecute(Context context) {
        ExecutionSlots slots = Arc.container().instance(ExecutionSlots.class).get();
        try {
            if (clientGone() || !slots.acquire(QueryExecution::clientGone)) {
                return; // no one is waiting for the answer
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        InFlightRequest request;
        try {
            request = Arc.container().instance(InFlightRequest.class).get();
            if (!request.holdSlot(slots)) {
                slots.release();
                return;
            }
        } catch (ContextNotActiveException e) {
            slots.release(); // the client left just as the slot came free
            return;
        }
        // The read snapshot opens later, when graphql-java starts executing a query ({@link Snapshot}): after
        // validation and the query limits, so that a document refused by either never touches the database.
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        EngineParts.plugged(QueryExecution.class);
        return builder.instrumentation(new Snapshot(builder.build().getInstrumentation()));
    }

    /** Opens the read snapshot as a query operation starts executing, for a request that holds its slot. */
    static final class Snapshot extends ForwardingInstrumentation {
        Snapshot(Instrumentation delegate) {
            super(delegate);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            boolean opened = false;
            if (parameters.getExecutionContext().getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
                try {
                    InFlightRequest request = Arc.container().instance(InFlightRequest.class).get();
                    if (request.holdsSlot()) {
                        openSnapshot(request);
                        opened = true;
                    }
                } catch (ContextNotActiveException e) {
                    // The client left before execution: nothing to read for.
                }
            }
            InstrumentationContext<ExecutionResult> inner = delegate.beginExecuteOperation(parameters, state);
            if (!opened) {
                return inner;
            }
            // Ended here, on the executing thread, as soon as the operation's result is complete: SmallRye runs
            // afterExecute under the JTA context captured before execution began (context propagation), where this
            // transaction is not visible.
            return around(inner, (result, failure) -> {
            }, (result, failure) -> endSnapshot());
        }
    }

    @Override
    public void afterExecute(Context context) {
        endExecution();
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        endExecution();
    }

    private static void endExecution() {
        endSnapshot();
        try {
            Arc.container().instance(InFlightRequest.class).get().releaseSlot();
        } catch (ContextNotActiveException e) {
            // The client left and the request context ended: that gave the slot back already.
        }
    }

    private static void openSnapshot(InFlightRequest request) {
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
            // As Quarkus's request sessions outside transactions: no dirty checks before each query
            // (they grow with every entity loaded), no copies of loaded state kept for them.
            session.setHibernateFlushMode(FlushMode.MANUAL);
            session.setDefaultReadOnly(true);
            session.doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction isolation level repeatable read, read only");
                }
            });
            request.watch(session);
        } catch (Exception e) {
            // E.g. the database is down: the fields fail one by one with a GraphQL error, not the request with a 500.
            LOG.warnf("Cannot open a read snapshot, the request reads without one: %s", e.toString());
            endSnapshot();
        }
    }

    private static void endSnapshot() {
        TransactionManager transactions = transactions();
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback(); // read only: nothing to keep
            }
        } catch (SystemException | RuntimeException e) {
            LOG.warn("Could not end a read snapshot", e);
        }
    }

    /**
     * The client disconnected: while the request waited for a slot (Quarkus has ended its context),
     * or even before a thread picked it up (then no one ends the context, but the response is closed).
     */
    private static boolean clientGone() {
        try {
            ManagedContext request = Arc.container().requestContext();
            return !request.isActive() || !request.getState().isValid()
                    || Arc.container().instance(CurrentVertxRequest.class).get().getCurrent().response().closed();
        } catch (ContextNotActiveException e) {
            return true; // ended just now
        }
    }

    private static TransactionManager transactions() {
        return Arc.container().instance(TransactionManager.class).get();
    }
}
