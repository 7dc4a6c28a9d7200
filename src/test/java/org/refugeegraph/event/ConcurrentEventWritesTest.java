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
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.TestDatabase;
import org.refugeegraph.graph.GlobalId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Two writes of one event at the same moment. Left to chance, two requests rarely overlap in the database; so these
 * tests hold the event's row themselves until both requests wait for it in PostgreSQL, then let them go together.
 * They need their own connection to the database, which an *IT does not have: no IT twin (UpdateEventTest has the
 * HTTP-only race of many editors).
 */
@QuarkusTest
class ConcurrentEventWritesTest {
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

    /** PostgreSQL checks the WHERE of the waiting UPDATE again against the winner's row, whose version has moved on. */
    @Test
    void ofTwoUpdatesThatWaitedForTheSameRowExactlyOneWins() throws Exception {
        List<Account> editors = List.of(Accounts.create("EDITOR"), Accounts.create("EDITOR"));
        List<JsonPath> answers = whileBothWait(i -> queryAs(editors.get(i), "updateEvent", "input",
                Map.of("id", eventId, "version", 1, "title", "Title of editor " + i + " (test)")));
        List<JsonPath> winners = answers.stream().filter(answer -> answer.get("errors") == null).toList();
        assertEquals(1, winners.size(), answers.stream().map(JsonPath::prettify).toList().toString());
        JsonPath loser = answers.stream().filter(answer -> answer.get("errors") != null).findFirst().orElseThrow();
        assertEquals("CONFLICT", loser.getString("errors[0].extensions.code"), loser.prettify());
        JsonPath now = ok("eventNow", "id", eventId);
        assertEquals(2, now.getInt("data.node.version"));
        assertEquals(winners.get(0).getString("data.updateEvent.event.title"), now.getString("data.node.title"));
    }

    /** Without the event's lock in addCountClaim, the second would not see the first's new preferred claim and fail on the one-preferred index. */
    @Test
    void preferredClaimsAddedAtOnceTakeTurnsAndOneEndsPreferred() throws Exception {
        int requests = 2;
        for (JsonPath answer : whileBothWait(i -> queryAs(editor, "addCountClaim", "input",
                Map.of("eventId", eventId, "preferred", true,
                        "people", people(40 + i, null, null, "EXACT", (40 + i) + " people"),
                        "citation", citation(null, "The source's words for " + (40 + i) + " people"))))) {
            assertNull(answer.get("errors"), answer.prettify());
        }
        JsonPath read = ok("eventClaims", "id", eventId);
        assertEquals(1 + requests, read.getList("data.node.claims").size());
        List<Integer> preferred = read.getList("data.node.claims.findAll { it.preferred }.count.best");
        assertEquals(1, preferred.size(), read.prettify());
        assertEquals(preferred.get(0), read.getInt("data.node.people.best"), "Event.people follows the preferred claim");
    }

    /** Sends two requests while the test holds the event's row, and lets them go once both wait for it. */
    private List<JsonPath> whileBothWait(IntFunction<JsonPath> request) throws Exception {
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
                    return Concurrently.send(requests, request);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaiting(holder, requests);
            holder.rollback();
            return sent.get(60, TimeUnit.SECONDS);
        }
    }

    private static void awaitWaiting(Connection connection, int backends) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            // Inside the holder's transaction pg_stat_activity keeps the snapshot of its first read: take a new one
            // each time, or a first look at fewer waiting requests is seen forever (as LockedTable does).
            try (PreparedStatement clear = connection.prepareStatement("select pg_stat_clear_snapshot()")) {
                clear.execute();
            }
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
