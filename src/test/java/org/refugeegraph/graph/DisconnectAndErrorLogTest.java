package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.query;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.refugeegraph.LogCapture;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that disconnects mid-request: its statement is cancelled, nothing is logged as an
 * ERROR for it, and its connection and execution slot are given back (the request is held in the
 * database by a table lock the test takes, so that the disconnect surely comes while the statement
 * runs). And a client's bad input is logged as such, at DEBUG, not as our error.
 */
@QuarkusTest
class DisconnectAndErrorLogTest {

    private static final String SLOW_QUERY = "{\"query\":\"{ events(first: 5) { totalCount nodes { title } } }\"}";

    @TestHTTPResource("/graphql")
    URL graphql;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void disconnectCancelsTheStatementQuietly() throws Exception {
        List<String> errors;
        try (LogCapture log = new LogCapture(); Connection locker = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table event in access exclusive mode");
            }
            try (Socket client = new Socket(graphql.getHost(), graphql.getPort())) {
                byte[] body = SLOW_QUERY.getBytes(StandardCharsets.UTF_8);
                OutputStream out = client.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                waitFor("the request's statement waits for the lock", () -> backendsWaitingForLocks(locker) == 1);
            }
            // The client is gone while the test still holds the lock: only a cancel frees the backend.
            waitFor("the abandoned statement is cancelled", () -> backendsWaitingForLocks(locker) == 0);
            locker.rollback();
            // The request's thread has seen the cancel by the time the service answers the next request.
            ok("events", "first", 1);
            errors = log.atLeast(Level.SEVERE);
        }
        assertEquals(List.of(), errors, "ERROR log lines for an abandoned request");
        // The pool and the execution slots are whole: the service answers as before, more times than it has either.
        for (int i = 0; i < 30; i++) {
            assertTrue(ok("events", "first", 1).getInt("data.events.totalCount") > 0);
        }
    }

    @Test
    void badInputIsTheClientsErrorNotOurs() {
        try (LogCapture log = new LogCapture()) {
            query("events", "first", 1000);
            assertEquals(List.of(), log.atLeast(Level.SEVERE));
            assertThat(log.of(FieldErrors.class.getName()), hasItem(containsString("between 0 and 100")));
        }
    }

    private static int backendsWaitingForLocks(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static void waitFor(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 15 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
