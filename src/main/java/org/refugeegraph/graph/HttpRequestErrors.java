package org.refugeegraph.graph;

import jakarta.enterprise.context.ContextNotActiveException;

import graphql.ExecutionResult;
import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells {@link GraphQLOverHttp} which answers are request errors, i.e. carry no {@code data}: a
 * document that does not parse, does not validate, or whose variables do not coerce. SmallRye writes
 * them all with status 200. A parse failure never reaches execution (SmallRye answers before
 * {@link #beforeExecute}); a validation or coercion failure ends execution with a result without data.
 * Found by ServiceLoader (META-INF/services), as {@link QueryExecution}.
 */
@RegisterForReflection(methods = false, fields = false, ignoreNested = true) // ServiceLoader needs the constructor only
public class HttpRequestErrors implements EventingService {
    private static final String EXECUTED = HttpRequestErrors.class.getName() + ".executed";
    private static final String DATA = HttpRequestErrors.class.getName() + ".data";
    private static final String UNAVAILABLE = HttpRequestErrors.class.getName() + ".unavailable";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        EngineParts.plugged(HttpRequestErrors.class); // for EngineReport: this part only listens, it changes nothing
        return builder;
    }

    @Override
    public void beforeExecute(Context context) {
        RoutingContext request = current();
        if (request != null) {
            request.put(EXECUTED, Boolean.TRUE);
        }
    }

    @Override
    public void afterExecute(Context context) {
        RoutingContext request = current();
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (request != null && result != null) {
            request.put(DATA, result.isDataPresent());
        }
    }

    /** True when the answer being written carries no data: SmallRye refused the request before or during validation. */
    static boolean hasNoData(RoutingContext request) {
        return request.get(EXECUTED) == null || Boolean.FALSE.equals(request.get(DATA));
    }

    /** The request is answered without data because the database cannot answer now (QueryExecution). */
    static void unavailable() {
        RoutingContext request = current();
        if (request != null) {
            request.put(UNAVAILABLE, Boolean.TRUE);
        }
    }

    /** True when {@link #unavailable()} was called for this request: a server failure, not the client's. */
    static boolean isUnavailable(RoutingContext request) {
        return request.get(UNAVAILABLE) != null;
    }

    private static RoutingContext current() {
        try {
            return Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        } catch (ContextNotActiveException e) {
            return null; // the client left; no one reads the status
        }
    }
}
