package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.refugeegraph.LockedTable;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * At most refugee-graph.graphql.concurrent-requests (2 in tests) GraphQL requests execute at
 * once; the others wait for a slot and are then answered. Requests are held in the database by a
 * table lock the test takes, so the ones executing can be counted in pg_stat_activity.
 */
@QuarkusTest
class ExecutionSlotsTest {

    @TestHTTPResource("/graphql")
    URL graphql;
    @ConfigProperty(name = "refugee-graph.graphql.concurrent-requests")
    int slots;

    @Test
    void requestsBeyondTheSlotsWaitAndAreThenAnswered() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest query = HttpRequest.newBuilder(URI.create(graphql.toString()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ events(first: 1) { totalCount } }\"}"))
                .build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        try (LockedTable events = new LockedTable(TestDatabase.application(), "event")) {
            for (int i = 0; i < slots + 2; i++) {
                answers.add(client.sendAsync(query, HttpResponse.BodyHandlers.ofString()));
            }
            events.awaitWaiting(slots, "a request in each slot waits for the lock");
            Thread.sleep(500); // room for a request that should not start
            assertEquals(slots, events.waiting(), "requests executing while the others wait");
            assertTrue(answers.stream().noneMatch(CompletableFuture::isDone), "no request answered while all are held");
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("\"totalCount\""), response.body());
        }
    }
}
