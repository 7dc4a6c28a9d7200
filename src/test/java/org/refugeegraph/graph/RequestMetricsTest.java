package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Client-chosen operation names stay a bounded set of series, whatever clients send. */
class RequestMetricsTest {

    @Test
    void operationNamesBeyondTheBoundAndNonNamesCountAsOther() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RequestMetrics metrics = new RequestMetrics(registry, 3);
        for (String name : List.of("First", "Second", "First", "Third", "Fourth", "Fifth", "not a name", "x".repeat(65))) {
            metrics.end(metrics.start(Json.createObjectBuilder().add("operationName", name).build()), List.of());
        }
        metrics.end(metrics.start(Json.createObjectBuilder().build()), RequestMetrics.ABANDONED);

        Set<String> operations = registry.find("graphql.requests").timers().stream().map(t -> t.getId().getTag("operation"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("First", "Second", "Third", "other", "unknown"), operations);
        assertEquals(4, registry.find("graphql.requests").tag("operation", "other").timer().count());
        assertEquals(2, registry.find("graphql.requests").tag("operation", "First").timer().count());
        assertEquals(RequestMetrics.ABANDONED, registry.find("graphql.requests").tag("operation", "unknown").timer().getId().getTag("code"));
    }

    @Test
    void anAnswerIsRecordedOnceAndEachErrorByItsCode() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RequestMetrics metrics = new RequestMetrics(registry, 100);
        RequestMetrics.Measured request = metrics.start(Json.createObjectBuilder().add("operationName", "Twice").build());
        metrics.end(request, List.of(ClientError.of("VALIDATION", "a", List.of()), ClientError.of("NOT_FOUND", "b", List.of()),
                ClientError.of("VALIDATION", "c", List.of())));
        metrics.end(request, ErrorCodes.INTERNAL); // e.g. a failure after the answer was written: not a second request
        metrics.end(request, List.of(ClientError.of("NOT_FOUND", "d", List.of()))); // nor its errors

        List<Meter> requests = registry.find("graphql.requests").meters().stream().toList();
        assertEquals(1, requests.size());
        assertEquals("VALIDATION", requests.get(0).getId().getTag("code"), "the first error's code");
        assertEquals(2, registry.find("graphql.errors").tag("code", "VALIDATION").counter().count());
        assertEquals(1, registry.find("graphql.errors").tag("code", "NOT_FOUND").counter().count());
    }
}
