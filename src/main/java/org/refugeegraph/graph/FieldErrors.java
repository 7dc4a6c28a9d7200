package org.refugeegraph.graph;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.ErrorType;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.quarkus.arc.InjectableContext;
import io.smallrye.graphql.execution.error.ExceptionHandler;

/**
 * Turns a failed field into a GraphQL error (SmallRye's handler: message, code, path; the rest of
 * the answer stays) and logs it for what it is: a client's bad input at DEBUG, our own failure at
 * ERROR with its stack trace, and nothing at all for a request whose client has gone.
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
        if (failure instanceof BadInputException || failure instanceof NotFoundException
                || failure instanceof UnauthenticatedException || failure instanceof ForbiddenException
                || failure instanceof ConflictException) {
            LOG.debugf("%s: %s", parameters.getPath(), failure.getMessage());
        } else {
            LOG.errorf(failure, "%s failed", parameters.getPath());
        }
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
            result.error(GraphqlErrorBuilder.newError()
                    .message(violation.field() + ": " + violation.message())
                    .path(parameters.getPath())
                    .location(parameters.getSourceLocation())
                    .errorType(ErrorType.DataFetchingException)
                    .extensions(Map.of("code", "VALIDATION", "field", violation.field()))
                    .build());
        }
        return result.build();
    }
}
