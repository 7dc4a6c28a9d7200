package org.refugeegraph.database;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.GraphQLClient;
import org.refugeegraph.LockedTable;
import org.refugeegraph.TestDatabase;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SIGTERM under load, against the packaged jar in a process of its own (with its own embedded PostgreSQL, on free
 * ports): readiness goes DOWN first, the requests in flight finish with their answers while new ones are refused
 * (graph/ShutdownDrain), the embedded PostgreSQL stops cleanly after them, and the process is gone before
 * quarkus.shutdown.timeout would have cut anything off. Requests are held in flight
 * by a table lock the test takes, so that SIGTERM surely finds some; clients keep sending more meanwhile.
 */
class GracefulShutdownIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path DATA_DIR = Path.of("target/embedded-postgres-shutdown").toAbsolutePath();
    private static final Path LOG = Path.of("target/graceful-shutdown.log");
    /** application.properties: quarkus.shutdown.timeout; the delay is set here so readiness can be seen DOWN. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(2);
    private static final int HELD = 6;
    private static final int LOAD_CLIENTS = 8;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process service;

    @Test
    void sigtermUnderLoadFinishesInFlightRequestsThenStopsThePostgresAndExits() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "needs the packaged jar (./mvnw verify builds it)");
        int httpPort = freePort();
        int postgresPort = freePort();
        String base = "http://127.0.0.1:" + httpPort;
        service = start(httpPort, postgresPort);
        awaitReady(base);
        long logOffset = new EmbeddedServer(DATA_DIR).log().map(String::length).orElse(0);
        String headline = new ObjectMapper().writeValueAsString(Map.of("query", GraphQLClient.load("headline")));

        ExecutorService load = Executors.newFixedThreadPool(LOAD_CLIENTS);
        AtomicBoolean loading = new AtomicBoolean(true);
        Map<String, Integer> loadOutcomes = new ConcurrentHashMap<>();
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        long terminatedAt;
        TestDatabase database = new TestDatabase("jdbc:postgresql://127.0.0.1:" + postgresPort + "/refugee_graph", "postgres", "");
        try (LockedTable interventions = new LockedTable(database, "intervention_record")) {
            for (int i = 0; i < HELD; i++) {
                held.add(http.sendAsync(graphql(base, headline), HttpResponse.BodyHandlers.ofString()));
            }
            interventions.awaitWaiting(2, "two requests (one per core of the slots) wait in the database");
            for (int i = 0; i < LOAD_CLIENTS; i++) {
                load.submit(() -> {
                    while (loading.get()) {
                        loadOutcomes.merge(send(graphql(base, headline)), 1, Integer::sum);
                    }
                });
            }
            Thread.sleep(300);

            terminatedAt = System.nanoTime();
            service.destroy(); // SIGTERM
            HttpResponse<String> ready = awaitStatus(base + "/q/health/ready", 503);
            assertThat(ready.body(), containsString("DOWN"));
            assertTrue(held.stream().noneMatch(CompletableFuture::isDone), "requests in flight still wait for the database");
        } // the lock ends: the held requests go on, with their database still there

        for (CompletableFuture<HttpResponse<String>> answer : held) {
            HttpResponse<String> response = answer.get(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            assertThat(response.body(), containsString("\"interventions\":{\"totalCount\""));
            assertFalse(response.body().contains("\"errors\""), response.body());
        }
        assertTrue(service.waitFor(SHUTDOWN_DELAY.plus(SHUTDOWN_TIMEOUT).toSeconds() + 5, TimeUnit.SECONDS),
                "the process is gone within the shutdown timeout");
        long exitedAfterMillis = (System.nanoTime() - terminatedAt) / 1_000_000;
        // Ended because nothing was in flight any more, not because the timeout cut the requests off
        assertThat(exitedAfterMillis, lessThan(SHUTDOWN_DELAY.plus(SHUTDOWN_TIMEOUT).toMillis()));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8), not(containsString("Timed out waiting for graceful shutdown")));
        loading.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));

        assertFalse(new EmbeddedServer(DATA_DIR).running(), "the embedded PostgreSQL stopped with the service");
        assertFalse(Files.exists(DATA_DIR.resolve("postmaster.pid")), "PostgreSQL removed its pid file: a clean stop");
        String postgresLog = new EmbeddedServer(DATA_DIR).log().orElse("").substring((int) logOffset);
        assertThat(postgresLog, containsString("database system is shut down"));
        // Clients under load got whole answers, or 503 once the shutdown began, or no connection once it had closed:
        // never a 500, an answer with errors or one cut off.
        assertTrue(loadOutcomes.keySet().stream()
                .allMatch(outcome -> List.of("200", "503", "refused", "closed before the request").contains(outcome)),
                "outcomes of the load: " + loadOutcomes);
        System.out.printf("GracefulShutdownIT: exited %d ms after SIGTERM; load outcomes %s%n", exitedAfterMillis, loadOutcomes);
    }

    @AfterEach
    void stopService() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process start(int httpPort, int postgresPort) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "@src/main/jvm/jvm.options",
                "-Dquarkus.http.port=" + httpPort,
                "-Drefugee-graph.embedded-postgres.port=" + postgresPort,
                "-Drefugee-graph.embedded-postgres.data-dir=" + DATA_DIR,
                "-Dquarkus.shutdown.delay=" + SHUTDOWN_DELAY.toSeconds() + "s",
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(LOG.toFile());
        // Its own embedded PostgreSQL, also where the other tests run against an external one
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
        return builder.start();
    }

    private void awaitReady(String base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(service.isAlive(), () -> "the service exited at start: " + tail());
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 120 s: " + tail());
    }

    private HttpResponse<String> awaitStatus(String url, int status) throws Exception {
        long deadline = System.nanoTime() + SHUTDOWN_DELAY.toNanos();
        HttpResponse<String> response = null;
        while (System.nanoTime() < deadline) {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == status) {
                return response;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(url + " did not answer " + status + " within the shutdown delay: "
                + (response == null ? "no answer" : response.statusCode() + " " + response.body()));
    }

    private static HttpRequest graphql(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** One request of the load: its status, or "refused" once the service no longer listens, or what went wrong. */
    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && (response.body().contains("\"errors\"") || !response.body().contains("\"data\""))) {
                return "200 with errors: " + response.body();
            }
            return Integer.toString(response.statusCode());
        } catch (ConnectException e) {
            pause(); // the service no longer listens: no need to spin until the test stops the load
            return "refused";
        } catch (IOException e) {
            // A kept-alive connection the service closed as the client sent on it: nothing of the request was read.
            // Any other failure (an answer cut off midway) is reported as it is.
            return String.valueOf(e.getMessage()).contains("received no bytes") ? "closed before the request" : e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    private static String tail() {
        try {
            String log = Files.readString(LOG, StandardCharsets.UTF_8);
            return log.substring(Math.max(0, log.length() - 3000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
