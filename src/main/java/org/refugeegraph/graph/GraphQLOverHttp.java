package org.refugeegraph.graph;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The HTTP side of /graphql as the GraphQL-over-HTTP spec asks (graphql-http's audit runs in
 * GraphqlHttpAuditTest); SmallRye's handler, which runs next, executes. Before it, this route:
 * <ul>
 * <li>negotiates the media type: application/graphql-response+json when the client asks for it,
 * application/json for a missing Accept, for wildcards and for legacy clients, 406 for anything
 * else;</li>
 * <li>answers 400 to a request that is not a GraphQL request: a body that is no JSON, a JSON array
 * (batches), a missing or non-string {@code query}, a non-string {@code operationName}, and
 * {@code variables} or {@code extensions} that are not maps;</li>
 * <li>takes queries over GET and refuses mutations over GET with 405 and {@code Allow: POST}: a GET
 * must never change anything (links, prefetchers and caches repeat GETs);</li>
 * <li>gives a response without {@code data} (a document that does not parse or validate, variables
 * that do not coerce) status 400 in application/graphql-response+json, where the status is how a
 * client tells a refused request from an executed one; application/json keeps 200 (the spec's
 * rules for legacy clients). {@link HttpRequestErrors} tells which responses have no data. A query
 * refused because the database cannot answer (UNAVAILABLE) gets 503 there instead.</li>
 * </ul>
 * {@link JsonPostsOnly} refuses a POST that is not application/json (415) before this runs.
 */
@ApplicationScoped
public class GraphQLOverHttp {
    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    /** Where this route leaves the negotiated media type for the response. */
    private static final String MEDIA_TYPE = GraphQLOverHttp.class.getName() + ".mediaType";
    /** Between Quarkus's filters (negative orders: security, CORS, JsonPostsOnly) and its routes. */
    private static final int ORDER = -1;
    // As SmallRye's reader, which reads a request with raw line breaks and tabs in its strings.
    private static final Pattern RAW_LINE_BREAKS_AND_TABS = Pattern.compile("[\\n\\t\\r]");
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final long maxBodySize;
    private final boolean getEnabled;

    GraphQLOverHttp(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false") boolean getEnabled) {
        // The body is read here first, so read it with Quarkus's own limit (10 MB unless configured).
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        this.getEnabled = getEnabled;
    }

    void register(@Observes Router router) {
        // Reads the body before SmallRye's route, whose body handler then leaves it as it is.
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodySize);
        router.route("/graphql").order(ORDER).handler(this::negotiate);
        router.route("/graphql").order(ORDER).method(HttpMethod.POST).handler(body);
        router.route("/graphql").order(ORDER).handler(this::check);
        router.route("/graphql").order(ORDER).failureHandler(this::failed);
    }

    /**
     * A request that failed outside GraphQL's own error handling because the database cannot answer: a write whose
     * credentials Quarkus checks in the database (security-jpa) while it is down. An UNAVAILABLE answer, as for a
     * query, instead of Quarkus's HTTP 500 page; any other failure goes on to Quarkus's handler.
     */
    private void failed(RoutingContext context) {
        ClientError unavailable = context.failure() == null || context.response().ended() ? null
                : ErrorCodes.unavailable(context.failure(), List.of(), null);
        if (unavailable == null) {
            context.next();
            return;
        }
        String mediaType = context.get(MEDIA_TYPE) instanceof String negotiated ? negotiated : JSON;
        refuse(context, mediaType, GRAPHQL_RESPONSE_JSON.equals(mediaType) ? 503 : 200, ErrorCodes.UNAVAILABLE,
                unavailable.message(), null);
    }

    private void negotiate(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            context.next(); // subscriptions (graphql-transport-ws): SmallRye's WebSocket route, not HTTP's rules
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            if (method == HttpMethod.OPTIONS) {
                context.next(); // CORS preflights are answered before; SmallRye lists the methods
                return;
            }
            refuse(context, JSON, 405, "METHOD_NOT_ALLOWED", "/graphql takes " + allowed() + ".", allowed());
            return;
        }
        String mediaType = mediaType(context.request().getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            refuse(context, JSON, 406, "NOT_ACCEPTABLE",
                    "/graphql answers application/graphql-response+json or application/json; the Accept header allows neither.",
                    null);
            return;
        }
        context.put(MEDIA_TYPE, mediaType);
        // SmallRye answers in the media type (and charset) of the Accept header: give it the one chosen.
        context.request().headers().set(HttpHeaders.ACCEPT, mediaType);
        context.addHeadersEndHandler(ended -> answered(context, mediaType));
        context.next();
    }

    private void check(RoutingContext context) {
        String mediaType = context.get(MEDIA_TYPE);
        if (mediaType == null) {
            context.next(); // OPTIONS, WebSocket
        } else if (context.request().method() == HttpMethod.GET) {
            checkGet(context, mediaType);
        } else {
            checkPost(context, mediaType);
        }
    }

    private void checkPost(RoutingContext context, String mediaType) {
        Buffer body = context.body().buffer();
        if (body == null || body.length() == 0) {
            badRequest(context, mediaType, "The request has no body: send {\"query\": \"...\"}.");
            return;
        }
        JsonNode request;
        try {
            request = STRICT_JSON.readTree(RAW_LINE_BREAKS_AND_TABS.matcher(body.toString(StandardCharsets.UTF_8)).replaceAll(" "));
        } catch (IOException e) {
            badRequest(context, mediaType, "The body is not valid JSON.");
            return;
        }
        if (request == null || !request.isObject()) {
            badRequest(context, mediaType, request != null && request.isArray()
                    ? "The body is a JSON array: send one request as one JSON object (batches are not supported)."
                    : "The body must be a JSON object.");
            return;
        }
        String problem = parameterProblem(request.get("query"), request.get("operationName"), request.get("variables"),
                request.get("extensions"));
        if (problem != null) {
            badRequest(context, mediaType, problem);
            return;
        }
        context.next();
    }

    private void checkGet(RoutingContext context, String mediaType) {
        if (!getEnabled) {
            refuse(context, mediaType, 405, "METHOD_NOT_ALLOWED", "/graphql takes POST.", allowed());
            return;
        }
        MultiMap parameters = context.queryParams();
        JsonNode query;
        JsonNode operationName;
        JsonNode variables;
        JsonNode extensions;
        try {
            query = single(parameters, "query", false);
            operationName = single(parameters, "operationName", false);
            variables = single(parameters, "variables", true);
            extensions = single(parameters, "extensions", true);
        } catch (IllegalArgumentException e) {
            badRequest(context, mediaType, e.getMessage());
            return;
        }
        String problem = parameterProblem(query, operationName, variables, extensions);
        if (problem != null) {
            badRequest(context, mediaType, problem);
            return;
        }
        Document document;
        try {
            document = Parser.parse(query.asText());
        } catch (RuntimeException e) {
            // A syntax error, or too many tokens: SmallRye reports it as GraphQL errors.
            document = null;
        }
        String name = operationName == null || operationName.isNull() ? null : operationName.asText();
        OperationDefinition operation = document == null ? null : operation(document, name);
        if (document != null && name != null && operation == null) {
            // Said here: SmallRye's GET would name the query text as the unknown operation.
            refuse(context, mediaType, GRAPHQL_RESPONSE_JSON.equals(mediaType) ? 400 : 200, "GRAPHQL_VALIDATION_FAILED",
                    "Unknown operation named '" + name + "'.", null);
            return;
        }
        if (operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            refuse(context, mediaType, 405, "METHOD_NOT_ALLOWED",
                    "A " + operation.getOperation().name().toLowerCase(Locale.ROOT) + " needs POST: GET runs queries only.",
                    "POST");
            return;
        }
        passToSmallRye(parameters, document, operation, name);
        context.next();
    }

    /**
     * SmallRye's GET decodes the already decoded parameters a second time (a '+' or '%' in a query
     * would change) and passes the query text as the operation name: hand it parameters encoded once
     * more, and a document holding only the chosen operation.
     */
    private static void passToSmallRye(MultiMap parameters, Document document, OperationDefinition operation, String name) {
        if (name != null) {
            parameters.remove("operationName");
            if (document != null && operation != null && document.getDefinitions().stream()
                    .anyMatch(definition -> definition instanceof OperationDefinition && definition != operation)) {
                List<Definition> kept = document.getDefinitions().stream()
                        .filter(definition -> definition == operation || definition instanceof FragmentDefinition).toList();
                parameters.set("query", AstPrinter.printAstCompact(document.transform(builder -> builder.definitions(kept))));
            }
        }
        for (String parameter : List.of("query", "variables", "extensions")) {
            String value = parameters.get(parameter);
            if (value != null) {
                parameters.set(parameter, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
    }

    /** One query parameter, as a JSON string or (for variables and extensions) the JSON it holds. */
    private static JsonNode single(MultiMap parameters, String name, boolean json) {
        List<String> values = parameters.getAll(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("The parameter " + name + " is given more than once.");
        }
        if (!json) {
            return JsonNodeFactory.instance.textNode(values.get(0));
        }
        if (values.get(0).isEmpty()) {
            return null;
        }
        try {
            return STRICT_JSON.readTree(values.get(0));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The parameter " + name + " is not valid JSON.");
        }
    }

    /** What makes these not the parameters of a GraphQL request, or null. */
    private static String parameterProblem(JsonNode query, JsonNode operationName, JsonNode variables, JsonNode extensions) {
        if (query == null || query.isNull() || query.isTextual() && query.asText().isBlank()) {
            return "The request has no query: send {\"query\": \"...\"}.";
        }
        if (!query.isTextual()) {
            return "The query must be a string.";
        }
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            return "The operationName must be a string.";
        }
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            return "The variables must be a map (a JSON object of names and values).";
        }
        if (extensions != null && !extensions.isNull() && !extensions.isObject()) {
            return "The extensions must be a map (a JSON object).";
        }
        return null;
    }

    /**
     * The media type to answer in: the acceptable one with the highest quality. A client that names
     * application/graphql-response+json gets it at equal quality; wildcards alone get application/json.
     * Null: neither is acceptable.
     */
    static String mediaType(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        Match graphql = new Match();
        Match json = new Match();
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2).trim());
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            graphql.offer(type, GRAPHQL_RESPONSE_JSON, quality);
            json.offer(type, JSON, quality);
        }
        if (graphql.quality <= 0 && json.quality <= 0) {
            return null;
        }
        if (graphql.quality > json.quality || graphql.quality == json.quality && graphql.specificity == 2) {
            return GRAPHQL_RESPONSE_JSON;
        }
        return JSON;
    }

    /** The quality of the most specific media range that matches one media type. */
    private static final class Match {
        int specificity = -1;
        double quality;

        void offer(String range, String mediaType, double q) {
            int matched = range.equals(mediaType) ? 2
                    : range.equals("application/*") ? 1
                    : range.equals("*/*") || range.equals("*") ? 0 : -1;
            if (matched > specificity) {
                specificity = matched;
                quality = q;
            } else if (matched == specificity && matched >= 0) {
                quality = Math.max(quality, q);
            }
        }
    }

    /**
     * Just before the status line goes out: the media type chosen, and in graphql-response+json 400 for a request
     * error, 503 for a query refused because the database cannot answer (UNAVAILABLE).
     */
    private static void answered(RoutingContext context, String mediaType) {
        var response = context.response();
        if (response.getStatusCode() != 200) {
            return; // refused here or before, or failed: that status and body stand
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
        if (GRAPHQL_RESPONSE_JSON.equals(mediaType) && HttpRequestErrors.hasNoData(context)) {
            if (HttpRequestErrors.isUnavailable(context)) {
                response.setStatusCode(503).setStatusMessage("Service Unavailable");
            } else {
                response.setStatusCode(400).setStatusMessage("Bad Request");
            }
        }
    }

    private static void badRequest(RoutingContext context, String mediaType, String message) {
        refuse(context, mediaType, 400, "BAD_REQUEST", message, null);
    }

    private static void refuse(RoutingContext context, String mediaType, int status, String code, String message,
            String allow) {
        var response = context.response().setStatusCode(status);
        if (allow != null) {
            response.putHeader(HttpHeaders.ALLOW, allow);
        }
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("message", message);
        error.putObject("extensions").put("code", code);
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.putArray("errors").add(error);
        response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8").end(answer.toString());
    }

    private String allowed() {
        return getEnabled ? "GET, POST" : "POST";
    }
}
