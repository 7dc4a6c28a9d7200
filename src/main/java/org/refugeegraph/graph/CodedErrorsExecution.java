package org.refugeegraph.graph;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * The one way out of SmallRye's engine for every answer, over HTTP and WebSocket alike: SmallRye's
 * ExecutionService, whose writer is wrapped so that each error leaves with a code and nothing from
 * inside ({@link ErrorCodes}). SmallRye writes some errors itself (a document that does not parse,
 * a request without a query) before any of its hooks runs; only the writer sees those too.
 * An answer without errors passes through untouched. Each answer is also counted and timed there
 * ({@link RequestMetrics}).
 */
@ApplicationScoped
@RegisterForReflection(targets = GraphQLProducer.class, fields = true) // the native binary reads the field too
public class CodedErrorsExecution {

    /** Replaces the ExecutionService that Quarkus's GraphQL handlers look up; wraps the one SmallRye built. */
    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    @Unremovable // looked up by Quarkus's handlers, not injected: Arc would see no use of it
    ExecutionService codedErrors(GraphQLProducer producer, RequestMetrics metrics) {
        // SmallRye keeps its ExecutionService in a package-private producer field; with this alternative in place,
        // Arc no longer offers that field as a bean (it removes what no one can resolve), so it is read directly.
        try {
            Field field = GraphQLProducer.class.getDeclaredField("executionService");
            field.setAccessible(true);
            ExecutionService engine = (ExecutionService) field.get(ClientProxy.unwrap(producer));
            if (engine == null) {
                throw new IllegalStateException("SmallRye has not built its GraphQL ExecutionService");
            }
            return new Coded(engine, metrics);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SmallRye's GraphQLProducer has changed: no field executionService", e);
        }
    }

    static final class Coded extends ExecutionService {
        private final ExecutionService engine;
        private final RequestMetrics metrics;

        Coded(ExecutionService engine, RequestMetrics metrics) {
            super(null, null); // only a front: every request goes to engine
            this.engine = engine;
            this.metrics = metrics;
        }

        @Override
        public void execute(JsonObject request, Map<String, Object> context, ExecutionResponseWriter writer, boolean async) {
            RequestMetrics.Measured measured = metrics.start(request);
            if (context != null) {
                context.put(RequestMetrics.KEY, measured); // SmallRye copies the map into the GraphQL context
            }
            try {
                engine.execute(request, context, new Writer(request, context, writer, metrics, measured), async);
            } catch (RuntimeException | Error e) {
                metrics.end(measured, ErrorCodes.INTERNAL);
                throw e;
            }
        }
    }

    private static final class Writer implements ExecutionResponseWriter {
        private final JsonObject request;
        private final Map<String, Object> context;
        private final ExecutionResponseWriter delegate;
        private final RequestMetrics metrics;
        private final RequestMetrics.Measured measured;

        Writer(JsonObject request, Map<String, Object> context, ExecutionResponseWriter delegate, RequestMetrics metrics,
                RequestMetrics.Measured measured) {
            this.request = request;
            this.context = context;
            this.delegate = delegate;
            this.metrics = metrics;
            this.measured = measured;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (result == null || result.getErrors().isEmpty()) {
                metrics.end(measured, List.of());
                delegate.write(response);
                return;
            }
            if (abandoned()) {
                // Its fields failed because its client left (FieldErrors): no one reads this.
                metrics.end(measured, RequestMetrics.ABANDONED);
                delegate.write(response);
                return;
            }
            List<GraphQLError> errors = ErrorCodes.coded(result.getErrors(), query());
            metrics.end(measured, errors);
            ExecutionResultImpl.Builder<?> coded = ExecutionResultImpl.newExecutionResult().errors(errors)
                    .extensions(result.getExtensions());
            if (result.isDataPresent()) {
                coded.data(result.getData());
            }
            delegate.write(new ExecutionResponse(coded.build()));
        }

        @Override
        public void fail(Throwable failure) {
            // SmallRye gives up on the request (an exception outside any field): an answer, not an HTTP 500 page.
            ClientError error = ErrorCodes.unavailable(failure, List.of(), null);
            if (error == null) {
                error = ErrorCodes.internal(failure, "A GraphQL request", List.of(), null);
            }
            metrics.end(measured, List.of(error));
            delegate.write(new ExecutionResponse(ExecutionResultImpl.newExecutionResult().addError(error).build()));
        }

        private boolean abandoned() {
            return context != null && context.get("state") instanceof InjectableContext.ContextState state && !state.isValid();
        }

        private String query() {
            JsonValue query = request == null ? null : request.get("query");
            return query instanceof JsonString text ? text.getString() : null;
        }
    }
}
