package org.refugeegraph.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.refugeegraph.GraphQLClient.ok;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.SyntheticData;
import org.refugeegraph.SyntheticDataProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * At most refugee-graph.export.max-concurrent (default 2) exports at once: two clients that stop reading hold
 * both places, a third export is told to come back later, and GraphQL queries are still answered. Over the
 * synthetic data set, so that an export is far larger than what the sockets' buffers can hold.
 */
@QuarkusTest
@TestProfile(SyntheticDataProfile.class)
class ExportLimitTest {
    private static final String LARGE = "/export/events.json";
    /** A few events only: quick to download in full while checking that a place is free again. */
    private static final String SMALL = "/export/events.csv?from=2025-12-01";
    private static final Duration RELEASE_WITHIN = Duration.ofSeconds(30);

    @BeforeEach
    void loadSyntheticDataAndWaitForFreePlaces() {
        SyntheticData.loadOnce();
        // Places held by the sockets of another test are given back only once the server notices they are closed.
        awaitExportSucceeds();
    }

    @Test
    void aThirdExportIsA503WhileTwoAreRunningAndQueriesStillAnswer() throws IOException {
        try (StalledExport first = StalledExport.start(LARGE); StalledExport second = StalledExport.start(LARGE)) {
            assertEquals("HTTP/1.1 200 OK", first.statusLine());
            assertEquals("HTTP/1.1 200 OK", second.statusLine());

            for (String format : new String[] { "csv", "json" }) {
                given().when().get("/export/events." + format)
                        .then().statusCode(503)
                        .header("Retry-After", "5")
                        .contentType(containsString("text/plain"))
                        .body(containsString("Too many exports are running (at most 2 at once): try again in 5 seconds."));
            }
            assertThat(ok("countries").getList("data.countries").size(), greaterThan(200));
            assertEquals(2, openExportTransactions(), "each held export keeps its cursor open");
        }
        awaitExportSucceeds();
        awaitUntil("the exports of closed clients end their transactions", () -> openExportTransactions() == 0);
    }

    @Test
    void headRequestsGiveTheirPlaceBack() throws IOException {
        // The body of a HEAD request is never written: had its place been kept for the body, the third would be refused.
        for (int i = 0; i < 5; i++) {
            given().when().head(LARGE).then().statusCode(200).header("Content-Disposition", containsString("events.json"));
        }
        try (StalledExport first = StalledExport.start(LARGE); StalledExport second = StalledExport.start(LARGE)) {
            assertEquals("HTTP/1.1 200 OK", first.statusLine());
            assertEquals("HTTP/1.1 200 OK", second.statusLine());
            given().when().head(LARGE).then().statusCode(503).header("Retry-After", "5");
        }
        awaitExportSucceeds();
    }

    @Test
    void aBadRequestIsA400AndTakesNoPlace() throws IOException {
        for (int i = 0; i < 5; i++) {
            given().when().get("/export/events.csv?kinds=FOO").then().statusCode(400)
                    .body(containsString("Unknown value 'FOO' in kinds"));
        }
        // Had the 400s kept their places, these two would be refused.
        try (StalledExport first = StalledExport.start(LARGE); StalledExport second = StalledExport.start(LARGE)) {
            assertEquals("HTTP/1.1 200 OK", first.statusLine());
            assertEquals("HTTP/1.1 200 OK", second.statusLine());
            // With every place taken, a bad request is still told what is wrong with it.
            given().when().get("/export/events.json?minPeople=many").then().statusCode(400)
                    .body(containsString("Malformed number 'many' in minPeople"));
            given().when().get(SMALL).then().statusCode(503);
        }
        awaitExportSucceeds();
    }

    /** Exports whose transaction is still open in the database (their connection is not idle). */
    private static int openExportTransactions() {
        try (Connection connection = SyntheticData.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where pid <> pg_backend_pid()"
                     + " and state <> 'idle' and query like '%left join lateral%'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a small export is answered with 200: the places of closed connections are free again. */
    private static void awaitExportSucceeds() {
        awaitUntil("an export is answered with 200", () -> given().when().get(SMALL).then().extract().statusCode() == 200);
    }

    /** Polls, rather than sleeping for a guessed time: the server notices closed connections on its own schedule. */
    private static void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + RELEASE_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + RELEASE_WITHIN.toSeconds() + " s after every connection closed: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /**
     * A client that asks for an export and then reads no further than the status line: with a small receive
     * buffer the server soon blocks on writing, and holds its place until the socket is closed.
     */
    static final class StalledExport implements AutoCloseable {
        private final Socket socket = new Socket();

        static StalledExport start(String path) throws IOException {
            StalledExport export = new StalledExport();
            export.socket.setReceiveBufferSize(4096); // before connecting, so that the TCP window stays small
            export.socket.setSoTimeout(30_000);
            export.socket.connect(new InetSocketAddress("localhost", RestAssured.port), 10_000);
            export.socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return export;
        }

        /** Waits for the first line of the answer, which the server sends with the first bytes of the body. */
        String statusLine() throws IOException {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    fail("The connection closed before a status line: " + line);
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII).strip();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
