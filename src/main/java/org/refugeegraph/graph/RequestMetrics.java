package org.refugeegraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * GraphQL requests at /q/metrics: {@code graphql_requests_seconds} (count and latency, from the request
 * reaching SmallRye's engine to its answer, queueing for an execution slot included) tagged with the
 * operation's name and type and the answer's code, and {@code graphql_errors_total}, one per error, tagged
 * with its code. Requests refused before the engine (malformed JSON, 413, 415, ...) are in Quarkus's
 * {@code http_server_requests_seconds} with their status.
 * <p>
 * Operation names come from clients, so they cannot become an unbounded set of time series: a name
 * that is not a GraphQL name of at most 64 characters, and every name after the first
 * {@code refugee-graph.metrics.max-operation-names} distinct ones (100), counts as {@code other}. An
 * operation without a name is {@code anonymous}; a document that never ran (it did not parse or validate)
 * is {@code unknown} unless the request named its operation.
 * <p>
 * The name is only known once graphql-java has chosen the operation: the engine's instrumentation
 * ({@link Named}, added by {@link Naming} as SmallRye builds the engine) writes it into the
 * request's {@link Measured}, which {@link CodedErrorsExecution} puts into the GraphQL context.
 */
@ApplicationScoped
public class RequestMetrics {
    static final String KEY = RequestMetrics.class.getName();
    static final String OK = "OK";
    /** A request whose client left before its answer (FieldErrors): it has no code of its own. */
    static final String ABANDONED = "ABANDONED";
    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final MeterRegistry registry;
    private final int maxOperationNames;
    private final Set<String> operationNames = ConcurrentHashMap.newKeySet();

    RequestMetrics(MeterRegistry registry,
            @ConfigProperty(name = "refugee-graph.metrics.max-operation-names", defaultValue = "100") int maxOperationNames) {
        this.registry = registry;
        this.maxOperationNames = maxOperationNames;
    }

    /** One request, from its arrival at the engine; ends once. */
    static final class Measured {
        private final long start = System.nanoTime();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final String requestedName;
        private volatile String operation;
        private volatile String type = "unknown";

        private Measured(String requestedName) {
            this.requestedName = requestedName;
        }

        void executing(OperationDefinition definition) {
            operation = definition.getName() == null ? "anonymous" : definition.getName();
            type = definition.getOperation().name().toLowerCase(Locale.ROOT);
        }
    }

    Measured start(JsonObject request) {
        String requested = request != null && request.get("operationName") instanceof JsonString name ? name.getString() : null;
        return new Measured(requested);
    }

    /** Records the answer: OK without errors, else the first error's code; each error counted by its code. */
    void end(Measured request, List<? extends GraphQLError> errors) {
        if (errors == null || errors.isEmpty()) {
            end(request, OK);
        } else if (end(request, codeOf(errors.get(0)))) {
            for (GraphQLError error : errors) {
                counter(codeOf(error)).increment();
            }
        }
    }

    /** Records the answer with this code; false if the request was recorded before. */
    boolean end(Measured request, String code) {
        if (!request.ended.compareAndSet(false, true)) {
            return false;
        }
        String named = request.operation != null ? request.operation : request.requestedName;
        Timer.builder("graphql.requests")
                .description("GraphQL requests: from reaching the engine to the answer, by operation, type and the answer's code")
                .tag("operation", named == null ? "unknown" : bounded(named))
                .tag("type", request.type)
                .tag("code", code)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(System.nanoTime() - request.start, TimeUnit.NANOSECONDS);
        return true;
    }

    private Counter counter(String code) {
        return Counter.builder("graphql.errors").description("Errors in GraphQL answers, by code").tag("code", code)
                .register(registry);
    }

    private String bounded(String name) {
        if (!GRAPHQL_NAME.matcher(name).matches()) {
            return "other";
        }
        if (operationNames.contains(name)) {
            return name;
        }
        synchronized (operationNames) {
            if (operationNames.size() < maxOperationNames) {
                operationNames.add(name);
                return name;
            }
        }
        return "other";
    }

    private static String codeOf(GraphQLError error) {
        if (error instanceof ClientError client) {
            return client.code();
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        return code instanceof String text ? text : ErrorCodes.INTERNAL;
    }

    /** Adds {@link Named} to the engine as SmallRye builds it. Found by ServiceLoader (META-INF/services). */
    @RegisterForReflection(methods = false, fields = false) // ServiceLoader needs the constructor only (native binary)
    public static final class Naming implements EventingService {
        @Override
        public String getConfigKey() {
            return null;
        }

        @Override
        public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
            EngineParts.plugged(Naming.class);
            return builder.instrumentation(new Named(builder.build().getInstrumentation()));
        }
    }

    /** Tells the request's {@link Measured} which operation runs. */
    static final class Named extends ForwardingInstrumentation {
        Named(Instrumentation delegate) {
            super(delegate);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            if (parameters.getExecutionContext().getGraphQLContext().get(KEY) instanceof Measured measured) {
                measured.executing(parameters.getExecutionContext().getOperationDefinition());
            }
            return delegate.beginExecuteOperation(parameters, state);
        }
    }
}
