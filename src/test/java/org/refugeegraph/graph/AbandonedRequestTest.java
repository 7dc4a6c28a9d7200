package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that disconnects mid-request: its statement is cancelled, nothing is logged as an
 * ERROR for it, and its connection goes back to the pool. The request is held in the database by
 * a table lock the test takes, so that the disconnect surely comes while the statement runs.
 */
@QuarkusTest
class AbandonedRequestTest {

    private static final String SLOW_QUERY = "{\"query\":\"{ events(first: 5) { totalCount nodes { title } } }\"}";

    @TestHTTPResource("/graphql")
    URL graphql;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void disconnectCancelsTheStatementQuietly() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler errorCatcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(errorCatcher);
        try (Connection locker = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
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
        } finally {
            root.removeHandler(errorCatcher);
        }
        assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(),
                "ERROR log lines for an abandoned request");
        // The pool is whole: the service answers as before, more times than it has connections.
        for (int i = 0; i < 30; i++) {
            assertTrue(ok("events", "first", 1).getInt("data.events.totalCount") > 0);
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
