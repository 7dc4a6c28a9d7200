package org.refugeegraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.queryAs;
import static org.refugeegraph.event.CreateEventTest.createdId;
import static org.refugeegraph.event.EventInputs.CLAIMED_IN;
import static org.refugeegraph.event.EventInputs.citation;
import static org.refugeegraph.event.EventInputs.event;
import static org.refugeegraph.event.EventInputs.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.TestDatabase;
import org.refugeegraph.graph.GlobalId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Two preferred claims for one event at the same moment. Left to chance, the two requests rarely overlap; so the
 * test holds the event's row itself until both wait in PostgreSQL, then lets them go together. Without the lock
 * of addCountClaim, the second would not see the first's new preferred claim and fail on the one-preferred index.
 * It needs its own connection to the database, which an *IT does not have: no IT twin.
 */
@QuarkusTest
class ConcurrentClaimsTest {
    private static final long WAIT_NANOS = 15_000_000_000L;

    private Account editor;
    private String eventId;

    @BeforeEach
    void recordAnEvent() {
        editor = Accounts.create("EDITOR");
        Map<String, Object> input = event(CLAIMED_IN, "Event with figures added at once (test)");
        input.put("people", people(30, null, null, "APPROXIMATE", "about 30"));
        eventId = createdId(editor, input);
    }

    @Test
    void preferredClaimsAddedAtOnceTakeTurnsAndOneEndsPreferred() throws Exception {
        // the test profile runs two requests at once (refugee-graph.graphql.concurrent-requests)
        int requests = 2;
        try (Connection holder = TestDatabase.application().connect()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from event_record where id = ? for update")) {
                lock.setLong(1, GlobalId.decode(eventId).key());
                lock.executeQuery().close();
            }
            CompletableFuture<List<JsonPath>> sent = CompletableFuture.supplyAsync(() -> {
                try {
                    return Concurrently.send(requests, i -> queryAs(editor, "addCountClaim", "input",
                            Map.of("eventId", eventId, "preferred", true,
                                    "people", people(40 + i, null, null, "EXACT", (40 + i) + " people"),
                                    "citation", citation(null, "The source's words for " + (40 + i) + " people"))));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaiting(holder, requests);
            holder.rollback();
            for (JsonPath answer : sent.get(60, TimeUnit.SECONDS)) {
                assertNull(answer.get("errors"), answer.prettify());
            }
        }
        JsonPath read = ok("eventClaims", "id", eventId);
        assertEquals(1 + requests, read.getList("data.node.claims").size());
        List<Integer> preferred = read.getList("data.node.claims.findAll { it.preferred }.count.best");
        assertEquals(1, preferred.size(), read.prettify());
        assertEquals(preferred.get(0), read.getInt("data.node.people.best"), "Event.people follows the preferred claim");
    }

    private static void awaitWaiting(Connection connection, int backends) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == backends) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 15 s: " + backends + " requests waiting for the event's row");
            }
            Thread.sleep(20);
        }
    }
}
