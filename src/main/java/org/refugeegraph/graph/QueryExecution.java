package org.refugeegraph.graph;

import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
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
 * <li>its statements run with a timeout (refugee-graph.graphql.read-timeout, default 5 s), so that one
 * pathological query cannot hold a connection and a slot; a read past it fails with UNAVAILABLE.</li>
 * <li>a database that cannot be reached fails the query at once with one UNAVAILABLE error
 * ({@link ErrorCodes#unavailable}), before any field tries again.</li>
 * </ul>
 * Slot and statement are given back by {@link InFlightRequest} when the request ends, also when the
 * client disconnects. Found by ServiceLoader (META-INF/services; Quarkus registers every
 * EventingService for native).
 */
@RegisterForReflection(methods = false, fields = false, ignoreNested = true) // ServiceLoader needs the constructor only
public class QueryExecution implements EventingService {
    private static final Logger LOG = Logger.getLogger(QueryExecution.class);
    static final String READ_TIMEOUT = "refugee-graph.graphql.read-timeout";

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
        Duration timeout = ConfigProvider.getConfig().getOptionalValue(READ_TIMEOUT, Duration.class).orElse(Duration.ofSeconds(5));
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(READ_TIMEOUT + " must not be negative, got " + timeout);
        }
        return builder.instrumentation(new Snapshot(builder.build().getInstrumentation(), timeout.toMillis()));
    }

    /** Opens the read snapshot as a query operation starts executing, for a request that holds its slot. */
    static final class Snapshot extends ForwardingInstrumentation {
        /** PostgreSQL's statement_timeout for the snapshot's statements; 0: none. */
        private final long timeoutMillis;

        Snapshot(Instrumentation delegate, long timeoutMillis) {
            super(delegate);
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            boolean opened = false;
            OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
            if (operation.getOperation() == OperationDefinition.Operation.QUERY && !introspectionOnly(operation)) {
                try {
                    InFlightRequest request = Arc.container().instance(InFlightRequest.class).get();
                    if (request.holdsSlot()) {
                        openSnapshot(request, timeoutMillis);
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

    /** GraphiQL's schema query reads nothing from the database: it needs no snapshot, and works while the database is down. */
    static boolean introspectionOnly(OperationDefinition operation) {
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field) || !field.getName().startsWith("__")) {
                return false;
            }
        }
        return true;
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

    private static void openSnapshot(InFlightRequest request, long timeoutMillis) {
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
                    // One round trip. SET LOCAL ends with the transaction: the pooled connection keeps no timeout.
                    statement.execute("set transaction isolation level repeatable read, read only;"
                            + " set local statement_timeout = " + timeoutMillis);
                }
            });
            request.watch(session);
        } catch (Exception e) {
            endSnapshot();
            ClientError unavailable = ErrorCodes.unavailable(e, List.of(), null);
            if (unavailable != null) {
                // Every field would try the database again, each waiting for a connection: one answer now instead.
                HttpRequestErrors.unavailable();
                throw new AbortExecutionException(List.of(unavailable));
            }
            // Anything else: the fields fail one by one with a GraphQL error, not the request with a 500.
            LOG.warnf("Cannot open a read snapshot, the request reads without one: %s", e.toString());
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
