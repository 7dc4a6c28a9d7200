package org.refugeegraph.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.LogCapture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Every error carries extensions.code and nothing from inside: no classification, Java name, SQL or
 * stack trace. A failure of ours (here: PostgreSQL refusing an insert) reaches the client as
 * "Internal error (correlation id X)" with code INTERNAL, and the log as an ERROR with the same id and
 * the stack trace; a client's mistake is logged at DEBUG, without one.
 */
@QuarkusTest
class ErrorCodesTest {

    /** Whether the service runs in this JVM, where the test can read its log (not so against the packaged jar). */
    protected boolean seesLog() {
        return true;
    }

    @Test
    void aDocumentThatDoesNotParseIsGraphqlParseFailedWithItsPlace() {
        String raw = post(Map.of("query", GraphQLClient.load("broken")));
        JsonPath answer = new JsonPath(raw);
        assertEquals("GRAPHQL_PARSE_FAILED", answer.getString("errors[0].extensions.code"), raw);
        assertThat(answer.getString("errors[0].message"), containsString("Invalid syntax"));
        assertEquals(3, answer.getInt("errors[0].locations[0].line"), raw);
        assertClean(raw);
    }

    @Test
    void anInvalidDocumentIsGraphqlValidationFailed() {
        String raw = post(Map.of("query", GraphQLClient.load("unknownField")));
        JsonPath answer = new JsonPath(raw);
        assertEquals("GRAPHQL_VALIDATION_FAILED", answer.getString("errors[0].extensions.code"), raw);
        assertThat(answer.getString("errors[0].message"), containsString("victims"));
        assertNotNull(answer.get("errors[0].locations"));
        assertClean(raw);
    }

    @Test
    void variablesOfTheWrongTypeAreGraphqlValidationFailed() {
        String wrongScalar = post(Map.of("query", GraphQLClient.load("events"), "variables", Map.of("first", "many")));
        assertEquals("GRAPHQL_VALIDATION_FAILED", new JsonPath(wrongScalar).getString("errors[0].extensions.code"), wrongScalar);
        assertThat(wrongScalar, containsString("not a valid 'Int'"));
        assertClean(wrongScalar);

        String unknownEnum = post(Map.of("query", GraphQLClient.load("events"), "variables",
                Map.of("filter", Map.of("kinds", List.of("PICNIC")))));
        assertEquals("GRAPHQL_VALIDATION_FAILED", new JsonPath(unknownEnum).getString("errors[0].extensions.code"), unknownEnum);
        assertClean(unknownEnum);
    }

    @Test
    void aRequestWithoutAQueryIsABadRequest() {
        // Not a GraphQL request at all: refused by GraphQLOverHttp with HTTP 400, before SmallRye
        String raw = given().contentType(ContentType.JSON).body(Map.of("variables", Map.of())).post("/graphql")
                .then().statusCode(400).extract().asString();
        assertEquals("BAD_REQUEST", new JsonPath(raw).getString("errors[0].extensions.code"), raw);
        assertClean(raw);
    }

    @Test
    void ourOwnErrorsKeepTheirCodes() {
        String raw = post(Map.of("query", GraphQLClient.load("events"), "variables", Map.of("first", 1000)));
        assertEquals("VALIDATION", new JsonPath(raw).getString("errors[0].extensions.code"), raw);
        assertThat(raw, containsString("between 0 and 100"));
        assertClean(raw);
    }

    @Test
    void aDatabaseFailureIsInternalWithACorrelationIdThatTheLogAlsoHas() {
        Account editor = Accounts.create("EDITOR");
        try (LogCapture log = new LogCapture()) {
            // PostgreSQL text cannot hold a NUL character: the insert fails in the database
            String raw = post(Map.of("query", GraphQLClient.load("createSource"),
                    "variables", Map.of("input", Map.of("title", "Half\u0000written", "publisher", "Nobody"))), editor);
            JsonPath answer = new JsonPath(raw);
            assertEquals("INTERNAL", answer.getString("errors[0].extensions.code"), raw);
            String id = answer.getString("errors[0].extensions.correlationId");
            assertThat(id, matchesPattern("[0-9a-f-]{36}"));
            assertEquals("Internal error (correlation id " + id + ")", answer.getString("errors[0].message"));
            assertEquals(List.of("createSource"), answer.getList("errors[0].path"));
            assertClean(raw);
            for (String inside : List.of("insert", "source_record", "SQL", "0x00", "Hibernate", "constraint")) {
                assertThat(raw, not(containsString(inside)));
            }
            if (seesLog()) {
                List<LogRecord> errors = log.records(ErrorCodes.class.getName()).stream()
                        .filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
                assertEquals(1, errors.size(), log.atLeast(Level.SEVERE).toString());
                assertThat(String.format(errors.get(0).getMessage(), errors.get(0).getParameters()),
                        containsString("(correlation id " + id + ")"));
                assertNotNull(errors.get(0).getThrown(), "the stack trace");
            }
        }
    }

    @Test
    void clientMistakesAreLoggedAtDebugWithoutAStackTrace() {
        try (LogCapture log = new LogCapture()) {
            post(Map.of("query", GraphQLClient.load("broken")));
            post(Map.of("query", GraphQLClient.load("unknownField")));
            post(Map.of("query", GraphQLClient.load("node"), "variables", Map.of("id", "not-an-id!")));
            if (seesLog()) {
                assertEquals(List.of(), log.atLeast(Level.WARNING));
                List<LogRecord> debug = log.records(ErrorCodes.class.getName());
                assertThat(log.of(ErrorCodes.class.getName()), hasItem(containsString("GRAPHQL_PARSE_FAILED")));
                assertThat(log.of(ErrorCodes.class.getName()), hasItem(containsString("GRAPHQL_VALIDATION_FAILED")));
                assertThat(log.of(FieldErrors.class.getName()), hasItem(containsString("Malformed id")));
                assertTrue(debug.stream().allMatch(r -> r.getThrown() == null && r.getLevel().intValue() < Level.INFO.intValue()));
            }
        }
    }

    /** Nothing a client should not see, in any error of the answer. */
    private static void assertClean(String raw) {
        for (String inside : List.of("classification", "DataFetchingException", "validationErrorType", "queryPath",
                "java.", "Exception", "at org.", "System error")) {
            assertThat(raw, not(containsString(inside)));
        }
        JsonPath answer = new JsonPath(raw);
        List<Object> errors = answer.getList("errors");
        for (int i = 0; i < errors.size(); i++) {
            assertNotNull(answer.getString("errors[" + i + "].extensions.code"), raw);
        }
        assertNull(answer.get("errors[0].extensions.description"));
    }

    private static String post(Map<String, Object> body) {
        return post(body, null);
    }

    private static String post(Map<String, Object> body, Account account) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (account != null) {
            request = request.auth().preemptive().basic(account.username(), account.password());
        }
        return request.post("/graphql").then().statusCode(200).extract().asString();
    }
}
