package org.refugeegraph.graph;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refugeegraph.GraphQLClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Random and mutated GraphQL requests against the running service: documents of random tokens, the
 * examples and test queries with random edits, real queries with random variables (wrong types, huge
 * numbers, odd ids and cursors, huge strings), and raw bodies (random bytes, invalid UTF-8, broken and deeply
 * nested JSON). Every answer must be below 500, every error must carry a code, and nothing from inside may
 * show (Java names, SQL, stack traces) unless the request itself contained it (error messages quote the
 * client's document).
 * <p>
 * Run by {@link GraphqlFuzzTest} through jqwik's engine (jqwik cannot run inside a @QuarkusTest), which
 * passes the service's URL, the seed and the tries per property as system properties.
 */
@AddLifecycleHook(value = GraphqlFuzzProperties.Settings.class, propagateTo = PropagationMode.DIRECT_DESCENDANTS)
class GraphqlFuzzProperties {
    static final String URL = "refugee-graph.test.fuzz.url";
    static final String SEED = "refugee-graph.test.fuzz.seed";
    static final String TRIES = "refugee-graph.test.fuzz.tries";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What must never reach a client; SQL as PostgreSQL and Hibernate write it. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|java\\.|javax\\.|jakarta\\.|org\\.(refugeegraph|hibernate|postgresql|jboss)|io\\.(smallrye|quarkus|vertx)"
                    + "|graphql\\.(execution|schema|language)|classification|\\bat [a-z]+\\.[a-z]|sqlstate|\\bselect\\b.*\\bfrom\\b"
                    + "|\\binsert into\\b|\\bpg_|(?-i:\\bERROR:)");

    /** Queries and mutations to start from: the examples, tests' queries with variables, GraphiQL's introspection. */
    private static final List<String> SEEDS = List.of("headline", "events", "eventDetails", "country", "node", "search",
            "statistics", "treaties", "interventions", "actorsPage", "changes", "history", "createEvent", "addCountClaim",
            "createSource", "retract", "nestedConnections", "lookAheadFragments", "graphiqlIntrospection");

    private static final List<String> TOKENS = List.of("{", "}", "{", "}", "(", ")", "[", "]", ":", ":", "$", "!", "=", "@",
            "...", "|", "&", ",", "query", "mutation", "subscription", "fragment", "on", "true", "false", "null",
            "events", "interventions", "country", "countries", "node", "search", "statistics", "treaties", "actors", "sources",
            "changes", "history", "createEvent", "retract", "eventRecorded", "__schema", "__type", "__typename", "id", "title",
            "nodes", "edges", "cursor", "totalCount", "pageInfo", "people", "best", "text", "date", "code", "name", "first",
            "last", "after", "before", "filter", "orderBy", "kinds", "DEPORTATION", "PREVENTED", "input", "$first", "$id",
            "0", "-1", "100", "101", "2147483648", "-9223372036854775809", "1e309", "0.5", "\"\"", "\"CHN\"", "\"RXZlbnQ6MQ\"",
            "\"\\u0000\"", "\"\\uD800\"", "\"\"\"block\"\"\"", "#", "\n", "@include(if: true)", "@skip(if: $x)", "@deprecated",
            "ä", "\u0000", "\uFFFF", "𝕏", "Int", "String!", "[ID!]!", "EventFilter");

    private static final List<String> ODD_STRINGS = List.of("", " ", "RXZlbnQ6MQ", "RXZlbnQ6LTE", "RXZlbnQ6OTk5OTk5OTk5OTk5",
            b64("Event:1"), b64("Event:-1"), b64("Event:99999999999999999999"), b64("Event:1'; drop table event; --"),
            b64("Planet:1"), b64("event:DATE:DESC|2021-13-45|1"), b64("event:DATE:DESC|\u0000|1"), "====", "%00", "\u0000",
            "\uD800", "../../etc/passwd", "CHN", "XX", "ZZZ", "chn", "2021-02-30", "0000-01-01", "99999-12-31", "NaN",
            "' or 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "%s%s%s%n");

    // ---- properties ----

    @Property
    void randomDocuments(@ForAll("documents") String document) throws IOException, InterruptedException {
        check(document, post(body(document, null, null)));
    }

    @Property
    void mutatedDocuments(@ForAll("mutatedDocuments") String document) throws IOException, InterruptedException {
        boolean overGet = document.hashCode() % 5 == 0; // a share of them as GET ?query=...
        if (overGet) {
            check(document, get("/graphql?query=" + URLEncoder.encode(document, StandardCharsets.UTF_8)));
        } else {
            check(document, post(body(document, null, null)));
        }
    }

    @Property
    void randomVariables(@ForAll("seedFiles") String file, @ForAll("variableValues") List<Object> values,
            @ForAll("operationNames") String operationName) throws IOException, InterruptedException {
        String document = GraphQLClient.load(file);
        Map<String, Object> variables = new LinkedHashMap<>();
        Matcher declared = Pattern.compile("\\$(\\w+)\\s*:").matcher(document);
        int i = 0;
        while (declared.find() && i < values.size()) {
            variables.put(declared.group(1), values.get(i++));
        }
        while (i < values.size()) { // and some the document does not declare
            variables.put("extra" + i, values.get(i++));
        }
        String body = body(document, variables, operationName.isEmpty() ? null : operationName);
        check(body, post(body));
    }

    @Property
    void rawBodies(@ForAll("bodies") byte[] body) throws IOException, InterruptedException {
        check(new String(body, StandardCharsets.ISO_8859_1), post(body));
    }

    // ---- generators ----

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> soup = Arbitraries.of(TOKENS).list().ofMaxSize(80).map(tokens -> String.join(" ", tokens));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 400).map(depth ->
                "{ " + "events { nodes { interventions { intervention { targets { event { ".repeat(depth / 6 + 1) + "id"
                        + " }".repeat((depth / 6 + 1) * 6 + 1));
        Arbitrary<String> wide = Arbitraries.integers().between(1, 400).map(n -> {
            StringBuilder aliases = new StringBuilder("{");
            for (int a = 0; a < n; a++) {
                aliases.append(" a").append(a).append(": countries { code }");
            }
            return aliases.append(" }").toString();
        });
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.frequencyOf(Tuple.of(6, soup), Tuple.of(1, deep), Tuple.of(1, wide), Tuple.of(2, unicode));
    }

    @Provide
    Arbitrary<String> mutatedDocuments() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 40), Arbitraries.of(TOKENS)).as(Edit::new);
        return Combinators.combine(seedFiles(), edit.list().ofMinSize(1).ofMaxSize(6))
                .as((file, edits) -> {
                    String document = GraphQLClient.load(file);
                    for (Edit e : edits) {
                        document = e.apply(document);
                    }
                    return document;
                });
    }

    @Provide
    Arbitrary<String> seedFiles() {
        return Arbitraries.of(SEEDS);
    }

    @Provide
    Arbitrary<String> operationNames() {
        // Mostly none: a name the document does not have stops the request before its variables count
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("PreventedDeportations", "Events", "Nope", "__proto__")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
    }

    @Provide
    Arbitrary<List<Object>> variableValues() {
        return value(3).list().ofMaxSize(8);
    }

    private Arbitrary<Object> value(int depth) {
        List<Arbitrary<?>> leaves = List.of(
                Arbitraries.of(ODD_STRINGS),
                Arbitraries.strings().all().ofMaxLength(100),
                Arbitraries.integers(),
                Arbitraries.of(0, -1, 100, 101, Integer.MAX_VALUE, Integer.MIN_VALUE),
                Arbitraries.longs(),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                Arbitraries.doubles(),
                Arbitraries.of(true, false),
                Arbitraries.just(null),
                Arbitraries.of("DEPORTATION", "PREVENTED", "DATE", "DESC", "YEAR", "EDITOR", "nope"),
                Arbitraries.integers().between(1, 200_000).map("x"::repeat)); // up to most of the body limit
        Arbitrary<Object> leaf = Arbitraries.oneOf(leaves.stream().map(a -> a.map(v -> (Object) v)).toList());
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> inner = value(depth - 1);
        Arbitrary<Object> list = inner.list().ofMaxSize(5).map(l -> (Object) l);
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("kinds", "statuses", "countries", "locations", "destinations",
                "perpetratorIds", "from", "to", "minPeople", "hasIntervention", "field", "direction", "outcomes", "title",
                "eventId", "id", "people", "best", "low", "high", "qualifier", "citation", "quote", "sourceId", "date",
                "start", "end", "precision", "version", "reason", "idempotencyKey"), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<Object> map = Arbitraries.maps(key, inner).ofMaxSize(6).map(m -> (Object) m);
        return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(2, list), Tuple.of(3, map));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> invalidUtf8 = Combinators.combine(seedFiles(), Arbitraries.of(
                new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {0}), Arbitraries.doubles().between(0, 1))
                .as((file, bad, at) -> insert(body(GraphQLClient.load(file), null, null).getBytes(StandardCharsets.UTF_8), bad, at));
        Arbitrary<byte[]> brokenJson = Arbitraries.of(
                "", "null", "[]", "[{\"query\": \"{ countries { code } }\"}]", "{}", "{\"query\": null}", "{\"query\": 5}",
                "{\"query\": \"{ countries { code } }\", \"variables\": []}", "{\"query\": \"{ countries { code } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ countries { code } }\", \"extensions\": 1}", "{\"query\": \"{ countries { code } }\", \"operationName\": 1}",
                "{\"query\": \"{ countries { code } }\"} trailing", "{\"query\": \"{ countries { code } }\"", "{\"query\": \"\\ud800\"}",
                "{\"query\": \"{ countries { code } }\", \"query\": \"{ x }\"}", "{\"query\": \"{ node(id: 1e999999) { id } }\"}",
                "{\"query\": \"{ events(first: 99999999999999999999999) { totalCount } }\"}")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> nested = Arbitraries.integers().between(1, 20_000)
                .map(depth -> ("{\"query\": \"{ countries { code } }\", \"variables\": {\"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}}")
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, invalidUtf8, brokenJson, nested);
    }

    /** One random edit of a document: delete, insert a token, duplicate, swap two halves, or a random character. */
    record Edit(int kind, double at, int length, String token) {
        String apply(String document) {
            int position = (int) (at * document.length());
            int end = Math.min(document.length(), position + length);
            return switch (kind) {
                case 0 -> document.substring(0, position) + document.substring(end);
                case 1 -> document.substring(0, position) + " " + token + " " + document.substring(position);
                case 2 -> document.substring(0, end) + document.substring(position, end) + document.substring(end);
                case 3 -> document.substring(position) + document.substring(0, position);
                default -> document.substring(0, position) + (char) (length * 1637 % 0x3000) + document.substring(Math.min(document.length(), position + 1));
            };
        }
    }

    // ---- requests and checks ----

    private static String body(String document, Map<String, Object> variables, String operationName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        if (variables != null) {
            body.put("variables", variables);
        }
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(System.getProperty(URL) + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(System.getProperty(URL) + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Below 500; a JSON answer's errors each have a code, and never INTERNAL (every request here is a client's
     * mistake or a valid query); no leak that the request did not bring itself.
     */
    private static void check(String request, HttpResponse<String> response) throws IOException {
        String answer = response.body();
        if (response.statusCode() >= 500) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + cut(answer));
        }
        Matcher leak = LEAK.matcher(answer);
        while (leak.find()) {
            if (!request.toLowerCase().contains(leak.group().toLowerCase())) {
                throw new AssertionError("The answer shows '" + leak.group() + "': " + cut(answer));
            }
        }
        if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !answer.isBlank()) {
            JsonNode json = JSON.readTree(answer);
            for (JsonNode error : json.path("errors")) {
                if (!error.path("extensions").path("code").isTextual()) {
                    throw new AssertionError("An error without extensions.code: " + cut(answer));
                }
                if (ErrorCodes.INTERNAL.equals(error.path("extensions").path("code").asText())) {
                    throw new AssertionError("A client's mistake taken for a failure of ours: " + cut(answer));
                }
            }
        }
    }

    private static String cut(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }

    private static byte[] insert(byte[] into, byte[] bytes, double at) {
        int position = (int) (at * into.length);
        byte[] result = new byte[into.length + bytes.length];
        System.arraycopy(into, 0, result, 0, position);
        System.arraycopy(bytes, 0, result, position, bytes.length);
        System.arraycopy(into, position, result, position + bytes.length, into.length - position);
        return result;
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The seed and the tries per property, from the system properties GraphqlFuzzTest sets. */
    public static class Settings implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setSeed(System.getProperty(SEED));
            context.attributes().setTries(Integer.valueOf(System.getProperty(TRIES)));
            return property.execute();
        }
    }
}
