package org.refugeegraph.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.SourceLocation;
import io.quarkus.arc.InjectableContext;
import io.smallrye.graphql.execution.error.ExceptionHandler;

/**
 * Turns a failed field into a GraphQL error (message, code, path; the rest of the answer stays) and
 * logs it for what it is: a client's bad input (an exception with an @ErrorCode) at DEBUG without a
 * stack trace; a database that cannot answer now as UNAVAILABLE ({@link ErrorCodes#unavailable});
 * our own failure at ERROR with its stack trace and a correlation id, which is all the client learns
 * of it (code INTERNAL, {@link ErrorCodes#internal}); nothing at all for a request whose client has gone.
 * <p>
 * When a client disconnects, Quarkus ends the request context (and with it the Hibernate session
 * and its running statement) while graphql-java is still walking the query; the loads under way
 * then fail, as expected. Those failures used to fill the log with SRGQL012000 errors.
 */
final class FieldErrors implements DataFetcherExceptionHandler {
    private static final Logger LOG = Logger.getLogger(FieldErrors.class);

    private final DataFetcherExceptionHandler smallRyeHandler = new ExceptionHandler();

    /** True when the request context Quarkus stored for this request has been terminated. */
    static boolean isAbandoned(GraphQLContext context) {
        return context.get("state") instanceof InjectableContext.ContextState state && !state.isValid();
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = parameters.getException();
        if (isAbandoned(parameters.getDataFetchingEnvironment().getGraphQlContext())) {
            LOG.debugf("%s failed after the client disconnected: %s", parameters.getPath(), failure);
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().build());
        }
        List<SourceLocation> locations = parameters.getSourceLocation() == null ? List.of() : List.of(parameters.getSourceLocation());
        ClientError unavailable = ErrorCodes.unavailable(failure, locations, parameters.getPath().toList());
        if (unavailable != null) {
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(unavailable).build());
        }
        if (ErrorCodes.codeOf(failure) == null) {
            // Not a client's mistake: the client gets a correlation id, the log the same id and the stack trace.
            ClientError internal = ErrorCodes.internal(failure, String.valueOf(parameters.getPath()), locations,
                    parameters.getPath().toList());
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(internal).build());
        }
        LOG.debugf("%s: %s", parameters.getPath(), failure.getMessage());
        if (failure instanceof InvalidInputException invalid) {
            return CompletableFuture.completedFuture(perField(invalid, parameters));
        }
        return smallRyeHandler.handleException(parameters);
    }

    /** One VALIDATION error per offending input field, its path in extensions.field (e.g. input.url). */
    private static DataFetcherExceptionHandlerResult perField(InvalidInputException invalid,
            DataFetcherExceptionHandlerParameters parameters) {
        DataFetcherExceptionHandlerResult.Builder result = DataFetcherExceptionHandlerResult.newResult();
        for (InvalidInputException.Violation violation : invalid.violations()) {
            result.error(new ClientError(violation.field() + ": " + violation.message(),
                    parameters.getSourceLocation() == null ? List.of() : List.of(parameters.getSourceLocation()),
                    parameters.getPath().toList(), Map.of("code", "VALIDATION", "field", violation.field())));
        }
        return result.build();
    }
}
