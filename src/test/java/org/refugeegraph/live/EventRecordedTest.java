package org.refugeegraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.okAs;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.GraphQLWebSocket;
import org.refugeegraph.LogCapture;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Subscription.eventRecorded over a real WebSocket (graphql-transport-ws), with events recorded while the
 * subscriber listens. Events are written in Iceland, where the cited data set has none (IcelandEvents), and
 * removed again.
 */
@QuarkusTest
class EventRecordedTest {
    /** Deportations in Iceland: the filter of the subscriber. */
    private static final Map<String, Object> FILTER = Map.of("kinds", List.of("DEPORTATION"), "countries", List.of("ISL"));
    private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(10);
    /** After the matching event, how long the non-matching one (recorded first) still has to show up. */
    private static final Duration ABSENT_FOR = Duration.ofSeconds(2);

    /** Records an event of this kind in Iceland with this title, by some path into the database. */
    @FunctionalInterface
    interface EventRecorder {
        void record(String kind, String title) throws Exception;
    }

    @TestHTTPResource("/graphql")
    URI endpoint;
    @Inject
    EventNotifications notifications;

    @Test
    void anEventInsertedStraightIntoTheDatabaseReachesTheSubscriberThatItMatchesOnly() throws Exception {
        subscriberReceivesExactlyTheMatchingEvent(EventRecordedTest::insertBypassingTheService);
    }

    @Test
    void anEventRecordedThroughCreateEventReachesTheSubscriberThatItMatchesOnly() throws Exception {
        Account editor = Accounts.create("EDITOR");
        String today = LocalDate.now().toString();
        subscriberReceivesExactlyTheMatchingEvent((kind, title) -> okAs(editor, "createEvent", "input", Map.of(
                "kind", kind, "status", "CARRIED_OUT", "title", title, "location", "ISL",
                "date", Map.of("start", today, "end", today, "precision", "DAY"),
                "citation", Map.of("source", Map.of("title", "EventRecordedTest's own source", "publisher", "refugee-graph tests"),
                        "quote", "A test records this event."))));
    }

    @Test
    void whenItsDatabaseConnectionIsKilledTheInstanceSaysSoListensAgainAndDeliversAsBefore() throws Exception {
        try (LogCapture log = new LogCapture(); Connection database = TestDatabase.application().connect()) {
            await(notifications::listening, "the LISTEN connection");
            try (PreparedStatement kill = database.prepareStatement(
                    "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")) {
                kill.setString(1, EventNotifications.APPLICATION_NAME);
                try (ResultSet killed = kill.executeQuery()) {
                    assertTrue(killed.next() && killed.getBoolean(1), "the listener's connection was found and ended");
                    assertTrue(!killed.next(), "one LISTEN connection per instance");
                }
            }
            String logger = EventNotifications.class.getName();
            await(() -> log.of(logger).stream().anyMatch(line -> line.equals("INFO Live updates: listening on event_recorded again")),
                    "the listener to reconnect");
            assertTrue(log.of(logger).stream().anyMatch(line -> line.startsWith("WARN Live updates: the LISTEN connection failed")),
                    log.of(logger).toString());
        }
        subscriberReceivesExactlyTheMatchingEvent(EventRecordedTest::insertBypassingTheService);
    }

    /**
     * Subscribes with {@link #FILTER}, records an event that does not match, then one that does, and expects the
     * matching one only: recording the other first means that its absence after the matching one arrived is
     * meaningful (notifications come in commit order).
     */
    void subscriberReceivesExactlyTheMatchingEvent(EventRecorder recorder) throws Exception {
        String run = "live-" + UUID.randomUUID();
        try (GraphQLWebSocket socket = GraphQLWebSocket.connect(endpoint)) {
            int before = notifications.subscribers();
            socket.subscribe("1", "eventRecorded", "filter", FILTER);
            await(() -> notifications.listening() && notifications.subscribers() > before, "the subscription to start");

            recorder.record("ARREST", run + " arrest: other kind");
            recorder.record("DEPORTATION", run + " deportation: matches");

            Map<String, Object> message = socket.next(ARRIVES_WITHIN);
            assertNotNull(message, "no event within " + ARRIVES_WITHIN);
            assertEquals("next", message.get("type"), message.toString());
            assertEquals("1", message.get("id"));
            Map<String, Object> event = event(message);
            assertEquals(run + " deportation: matches", event.get("title"));
            assertEquals("DEPORTATION", event.get("kind"));
            assertEquals(Map.of("code", "ISL"), event.get("location"));
            // Linked fields resolve too (a recorder through createEvent gives its event a citation, SQL gives none)
            assertTrue(event.get("claims") instanceof List && event.get("citations") instanceof List, event.toString());
            assertNull(message.get("errors"));

            assertNull(socket.next(ABSENT_FOR), "only the matching event may arrive");
            socket.complete("1");
            await(() -> notifications.subscribers() == before, "the subscription to end on complete");
        } finally {
            removeEvents(run + "%");
        }
    }

    /**
     * Removes the events whose title matches, with the claims and citations a createEvent may have given them
     * (a recorder through the mutation cites its event; the sources stay, as nothing lists them by title).
     */
    private static void removeEvents(String titlePattern) throws Exception {
        String events = "(select id from event_record where title like ?)";
        try (Connection connection = TestDatabase.application().connect()) {
            for (String table : List.of("count_claim_record", "citation_record")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where event_id in " + events)) {
                    delete.setString(1, titlePattern);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from event_record where title like ?")) {
                delete.setString(1, titlePattern);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void anUnknownCountryInTheFilterIsAValidationErrorWhenSubscribing() throws Exception {
        try (GraphQLWebSocket socket = GraphQLWebSocket.connect(endpoint)) {
            socket.subscribe("bad", "eventRecorded", "filter", Map.of("countries", List.of("XXX")));
            Map<String, Object> message = socket.next(ARRIVES_WITHIN);
            assertNotNull(message);
            assertEquals("error", message.get("type"), message.toString());
            assertEquals("bad", message.get("id"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) message.get("payload");
            assertEquals(1, errors.size(), errors.toString());
            assertEquals(Map.of("code", "VALIDATION"), Map.of("code", ((Map<?, ?>) errors.get(0).get("extensions")).get("code")));
            assertTrue(errors.get(0).get("message").toString().contains("Unknown country code 'XXX'"), errors.toString());
        }
    }

    /** An INSERT on a JDBC connection of its own: the path of another instance, or of SQL run by hand. */
    private static void insertBypassingTheService(String kind, String title) throws Exception {
        try (Connection connection = TestDatabase.application().connect();
                PreparedStatement insert = connection.prepareStatement("insert into event (kind, status, title, date_start,"
                        + " date_end, date_precision, location_id) select ?, 'CARRIED_OUT', ?, current_date, current_date,"
                        + " 'DAY', id from country where alpha3 = 'ISL'")) {
            insert.setString(1, kind);
            insert.setString(2, title);
            assertEquals(1, insert.executeUpdate());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(Map<String, Object> next) {
        Map<String, Object> payload = (Map<String, Object>) next.get("payload");
        assertNull(payload.get("errors"), payload.toString());
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("eventRecorded");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVES_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
