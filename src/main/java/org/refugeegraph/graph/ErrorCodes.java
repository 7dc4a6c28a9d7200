package org.refugeegraph.graph;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import io.smallrye.graphql.api.ErrorCode;

/**
 * Every error a client receives, in one shape: a message that helps, {@code extensions.code}, and
 * nothing from inside (no classification, Java class name, SQL or stack trace). Client mistakes get
 * GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST or the code of our exception
 * (VALIDATION, NOT_FOUND, ...; see {@link ErrorCode}) and are logged at DEBUG; a database that cannot
 * answer now gets UNAVAILABLE and one WARN line ({@link #unavailable}); anything else is our
 * failure: "Internal error (correlation id X)" with code INTERNAL, and the same id in an ERROR log
 * line with the stack trace.
 */
public final class ErrorCodes {
    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);

    public static final String INTERNAL = "INTERNAL";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String UNAVAILABLE = "UNAVAILABLE";

    // What SmallRye answers, without a code, when a document does not parse or the request has no query.
    private static final String UNPARSEABLE = "Unparseable input document";
    private static final String MISSING_QUERY = "Missing 'query' field in the request";

    private ErrorCodes() {
    }

    /** Our failure: logged at ERROR with its stack trace and a new correlation id, which the client gets. */
    public static ClientError internal(Throwable failure, String what, List<SourceLocation> locations, List<Object> path) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(failure, "%s failed (correlation id %s)", what, id);
        return new ClientError("Internal error (correlation id " + id + ")", locations, path,
                Map.of("code", INTERNAL, "correlationId", id));
    }

    /** The errors of one response, each with a code; {@code query} (may be null) explains a parse failure. */
    static List<GraphQLError> coded(List<GraphQLError> errors, String query) {
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            if (!consequence(error, errors)) {
                coded.add(coded(error, query));
            }
        }
        return coded;
    }

    /**
     * A null in a non-null field that another error at or below it explains (e.g. SmallRye answers an
     * argument it cannot convert with a validation error and a null): that error says it all. Alone,
     * such a null is a fault of ours.
     */
    private static boolean consequence(GraphQLError error, List<GraphQLError> errors) {
        if (error.getErrorType() != ErrorType.NullValueInNonNullableField || error.getPath() == null) {
            return false;
        }
        List<Object> path = error.getPath();
        for (GraphQLError other : errors) {
            if (other != error && other.getErrorType() != ErrorType.NullValueInNonNullableField && other.getPath() != null
                    && other.getPath().size() >= path.size() && other.getPath().subList(0, path.size()).equals(path)) {
                return true;
            }
            // SmallRye's conversion errors carry their place as a queryPath extension, not as a path
            if (other instanceof ValidationError validation && validation.getQueryPath() != null
                    && validation.getQueryPath().size() >= path.size()
                    && validation.getQueryPath().subList(0, path.size()).equals(path.stream().map(String::valueOf).toList())) {
                return true;
            }
        }
        return false;
    }

    static ClientError coded(GraphQLError error, String query) {
        if (error instanceof ClientError client) {
            return client;
        }
        ClientError coded = recode(error, query);
        if (!INTERNAL.equals(coded.code())) {
            LOG.debugf("%s: %s", coded.code(), coded.message());
        }
        return coded;
    }

    private static ClientError recode(GraphQLError error, String query) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable failure = fetching.getException();
            ClientError unavailable = unavailable(failure, fetching.getLocations(), fetching.getPath());
            if (unavailable != null) {
                return unavailable;
            }
            String code = codeOf(failure);
            if (code == null) { // not one of our client errors: SmallRye hid its message; log it for us
                return internal(failure, String.valueOf(fetching.getPath()), fetching.getLocations(), fetching.getPath());
            }
            return new ClientError(fetching.getMessage(), fetching.getLocations(), fetching.getPath(), Map.of("code", code));
        }
        if (error instanceof ValidationError validation) {
            String description = validation.getDescription();
            return new ClientError(description != null ? description : validation.getMessage(), validation.getLocations(),
                    null, Map.of("code", VALIDATION_FAILED));
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax || UNPARSEABLE.equals(error.getMessage())) {
            return parseFailure(query, error);
        }
        if (type == ErrorType.ValidationError || type == ErrorType.OperationNotSupported) {
            return new ClientError(error.getMessage(), error.getLocations(), error.getPath(), Map.of("code", VALIDATION_FAILED));
        }
        if (MISSING_QUERY.equals(error.getMessage())) {
            return ClientError.of(BAD_REQUEST, "The request has no query.", List.of());
        }
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && extensions.get("code") instanceof String) { // ours, built as graphql-java errors
            Map<String, Object> kept = new HashMap<>(extensions);
            kept.remove("classification");
            return new ClientError(error.getMessage(), error.getLocations(), error.getPath(), kept);
        }
        // E.g. a non-null field that resolved to null: a fault of ours, whatever the message says.
        return internal(new IllegalStateException(type + ": " + error.getMessage()), "A GraphQL request",
                error.getLocations(), error.getPath());
    }

    /** Parses the document again (only after it failed) to tell the client where and why. */
    private static ClientError parseFailure(String query, GraphQLError error) {
        if (query != null) {
            try {
                new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                        .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
            } catch (ParseCancelledException tooLong) {
                return ClientError.of(QueryLimits.CODE, "The query has more than "
                        + ParserOptions.getDefaultOperationParserOptions().getMaxTokens() + " tokens. Send a shorter query.",
                        location(tooLong));
            } catch (InvalidSyntaxException syntax) {
                return ClientError.of(PARSE_FAILED, syntax.getMessage(), location(syntax));
            } catch (RuntimeException other) {
                // fall through: the original message is all we know
            }
        }
        return new ClientError(error.getMessage(), error.getLocations(), null, Map.of("code", PARSE_FAILED));
    }

    private static List<SourceLocation> location(InvalidSyntaxException e) {
        return e.getLocation() == null ? List.of() : List.of(e.getLocation());
    }

    /**
     * The database cannot answer now: it is down or restarting (SQLSTATE class 08, 57P01-57P03), no pooled
     * connection came free in time, or a read ran past its statement timeout (57014, {@link QueryExecution}).
     * Not the client's fault and not a bug here: UNAVAILABLE, a message that says to try again, and one WARN line
     * without a stack trace (an outage fails every request). Null for any other failure.
     */
    static ClientError unavailable(Throwable failure, List<SourceLocation> locations, List<Object> path) {
        String message = unavailableMessage(failure, 0);
        if (message == null) {
            return null;
        }
        LOG.warnf("%s: %s (%s)", UNAVAILABLE, path == null ? "request" : path, rootMessage(failure));
        return new ClientError(message, locations, path, Map.of("code", UNAVAILABLE));
    }

    /**
     * Searches the causes and the suppressed exceptions: a commit that fails on a connection the database closed
     * carries the SQLException only as suppressed (Narayana's XAException under a RollbackException).
     */
    private static String unavailableMessage(Throwable failure, int depth) {
        if (failure == null || depth > 10) {
            return null;
        }
        String message = failure instanceof SQLException sql ? unavailableMessage(sql) : null;
        for (Throwable suppressed : failure.getSuppressed()) {
            message = message != null ? message : unavailableMessage(suppressed, depth + 1);
        }
        return message != null || failure.getCause() == failure ? message : unavailableMessage(failure.getCause(), depth + 1);
    }

    private static String unavailableMessage(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || String.valueOf(failure.getMessage()).startsWith("Acquisition timeout")) {
            return "The database is unavailable. Try again in a few seconds.";
        }
        // 57014 is also a statement cancelled for a client that left (InFlightRequest); no one reads that answer
        if (state.equals("57014") && String.valueOf(failure.getMessage()).contains("statement timeout")) {
            return "The database took too long to answer. Ask for less (smaller pages, fewer nested lists) or try again later.";
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 10; depth++) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The code of one of our exceptions (@ErrorCode on its class or a superclass); null for any other. */
    static String codeOf(Throwable failure) {
        while (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        if (failure instanceof CoercingParseLiteralException || failure instanceof CoercingParseValueException) {
            // An argument's value that does not fit its type, found only as the field runs (e.g. 1e308 for an Int)
            return VALIDATION_FAILED;
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            ErrorCode code = type.getAnnotation(ErrorCode.class);
            if (code != null) {
                return code.value();
            }
        }
        return null;
    }
}
