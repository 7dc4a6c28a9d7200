package org.refugeegraph.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.query;
import static org.refugeegraph.GraphQLClient.queryAs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.LockedTable;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The database stops while the service runs (the test stops the application's embedded PostgreSQL as an operator
 * would, and starts it again): requests fail within 5 s with code UNAVAILABLE, /q/health/ready is DOWN while
 * /q/health/live stays UP, and once the database is back the service answers again without a restart, with
 * nothing half-written by a mutation the outage cut off. Each test starts the server again, also when it fails.
 * Reads also stop at their statement timeout (refugee-graph.graphql.read-timeout, 5 s).
 * Runs only against the embedded server: an external one is not ours to stop.
 */
@QuarkusTest
class DatabaseOutageTest {
    private static final long FAIL_WITHIN_MILLIS = 5_000;

    @Test
    void anOutageIsUnavailableWithinFiveSecondsAndTheServiceRecoversWithoutRestart() throws Exception {
        EmbeddedServer server = embeddedServer();
        Account editor = Accounts.create("EDITOR");
        ok("events", "first", 1);
        assertHealth("/q/health/ready", 200, "UP");
        String title = "Outage report " + UUID.randomUUID();
        Map<String, Object> source = Map.of("input", Map.of("title", title, "publisher", "Test wire"));
        try {
            server.stop();

            long started = System.nanoTime();
            JsonPath events = query("events", "first", 5);
            assertThat(elapsedMillis(started), lessThan(FAIL_WITHIN_MILLIS));
            assertUnavailable(events);
            assertNull(events.get("data"), "a query refused as a whole: " + events.prettify());
            // GraphQL over HTTP: in graphql-response+json a server failure without data is a 5xx
            given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                    .body(Map.of("query", GraphQLClient.load("events"))).post("/graphql")
                    .then().statusCode(503).body(containsString("UNAVAILABLE"));

            started = System.nanoTime();
            JsonPath write = queryAs(editor, "createSource", "input", source.get("input"));
            assertThat(elapsedMillis(started), lessThan(FAIL_WITHIN_MILLIS));
            assertUnavailable(write);

            assertHealth("/q/health/ready", 503, "DOWN");
            assertHealth("/q/health/live", 200, "UP");
            // The schema needs no database: GraphiQL keeps its documentation
            assertEquals("Query", ok("graphiqlIntrospection").getString("data.__schema.queryType.name"));
        } finally {
            if (!server.running()) {
                server.start();
            }
        }
        // Back: the very first requests are answered, on new connections, without a restart
        assertEquals(1, ok("events", "first", 1).getList("data.events.nodes").size());
        assertHealth("/q/health/ready", 200, "UP");
        okAs(editor, "createSource", "input", source.get("input"));
        assertEquals(1, rowsOf("source", "title", title), "the write refused during the outage was not kept");
    }

    @Test
    void aWriteCutOffByTheOutageLeavesNothingBehind() throws Exception {
        EmbeddedServer server = embeddedServer();
        Account editor = Accounts.create("EDITOR");
        String title = "Cut off " + UUID.randomUUID();
        Map<String, Object> input = Map.of("kind", "ARREST", "status", "CARRIED_OUT", "title", title,
                "date", Map.of("start", "2024-06-03", "end", "2024-06-03", "precision", "DAY"), "location", "FJI",
                "citation", Map.of("source", Map.of("title", title, "publisher", "Test wire"), "quote", "Police arrested several."));
        try {
            CompletableFuture<JsonPath> write;
            try (LockedTable citations = new LockedTable(TestDatabase.application(), "citation_record")) {
                // The mutation has written its source and event and waits to write its citation when the database stops
                write = CompletableFuture.supplyAsync(() -> queryAs(editor, "createEvent", "input", input));
                citations.awaitWaiting(1, "the mutation waits for the citations' lock");
                server.stop(); // ends the lock's session too
            }
            assertUnavailable(write.get(FAIL_WITHIN_MILLIS, TimeUnit.MILLISECONDS));
        } finally {
            if (!server.running()) {
                server.start();
            }
        }
        assertEquals(0, rowsOf("event", "title", title), "an event without its citation");
        assertEquals(0, rowsOf("source", "title", title), "a source of a write that failed");
    }

    @Test
    void aReadStopsAtTheStatementTimeout() throws Exception {
        long started;
        JsonPath events;
        try (LockedTable locked = new LockedTable(TestDatabase.application(), "event")) {
            started = System.nanoTime();
            events = query("events", "first", 1);
        }
        long took = elapsedMillis(started);
        assertUnavailable(events);
        assertThat(events.getString("errors[0].message"), containsString("took too long"));
        assertThat(took, lessThan(FAIL_WITHIN_MILLIS + 3_000));
        assertThat(4_000L, lessThan(took + 1)); // the configured 5 s, not sooner
        ok("events", "first", 1); // the connection went back to the pool in working order
    }

    /** The server this test may stop: the application's embedded one, not an external database. */
    private static EmbeddedServer embeddedServer() {
        assumeTrue(TestDatabase.external().isEmpty(), "an external database is not ours to stop");
        String dataDir = ConfigProvider.getConfig().getValue(EmbeddedPostgresConfig.DATA_DIR, String.class);
        EmbeddedServer server = new EmbeddedServer(Path.of(dataDir.trim()));
        assertEquals(true, server.running(), "the embedded PostgreSQL of the application runs");
        return server;
    }

    private static void assertUnavailable(JsonPath answer) {
        assertEquals("UNAVAILABLE", answer.getString("errors[0].extensions.code"), answer.prettify());
        List<Map<String, Object>> errors = answer.getList("errors");
        for (Map<String, Object> error : errors) {
            assertEquals(Map.of("code", "UNAVAILABLE"), error.get("extensions"), answer.prettify());
        }
        assertThat(answer.prettify(), org.hamcrest.Matchers.not(containsString("SQL")));
    }

    private static void assertHealth(String path, int status, String state) {
        given().get(path).then().statusCode(status).body(containsString("\"status\": \"" + state + "\""));
    }

    private static int rowsOf(String table, String column, String value) throws Exception {
        try (Connection connection = TestDatabase.application().connect();
                PreparedStatement count = connection.prepareStatement("select count(*) from " + table + " where " + column + " = ?")) {
            count.setString(1, value);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
