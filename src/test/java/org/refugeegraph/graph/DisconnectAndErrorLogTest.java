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
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.refugeegraph.LockedTable;
import org.refugeegraph.LogCapture;
import org.refugeegraph.TestDatabase;

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

    @Test
    void disconnectCancelsTheStatementQuietly() throws Exception {
        List<String> errors;
        try (LogCapture log = new LogCapture(); LockedTable events = new LockedTable(TestDatabase.application(), "event")) {
            try (Socket client = new Socket(graphql.getHost(), graphql.getPort())) {
                byte[] body = SLOW_QUERY.getBytes(StandardCharsets.UTF_8);
                OutputStream out = client.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                events.awaitWaiting(1, "the request's statement waits for the lock");
            }
            // The client is gone while the test still holds the lock: only a cancel frees the backend.
            events.awaitWaiting(0, "the abandoned statement is cancelled");
            events.close();
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
}
