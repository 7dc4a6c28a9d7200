package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class NodeTest {

    @Test
    void everyKindOfNodeIsFoundAgainByItsId() {
        JsonPath headline = ok("headline");
        assertFound(headline.getString("data.interventions.nodes[0].id"), "Intervention");
        assertFound(headline.getString("data.interventions.nodes[0].targets[0].event.id"), "Event");
        assertFound(ok("country", "code", "KP").getString("data.country.id"), "Country");
        assertFound(ok("actors", "first", 1).getString("data.actors.nodes[0].id"), "Actor");
        assertFound(ok("sources", "first", 1).getString("data.sources.nodes[0].id"), "Source");
        assertFound(ok("treaties").getString("data.treaties[0].id"), "Treaty");
    }

    private static void assertFound(String id, String type) {
        JsonPath answer = ok("node", "id", id);
        assertEquals(id, answer.getString("data.node.id"));
        assertEquals(type, answer.getString("data.node.__typename"));
    }

    @Test
    void eventTitleMatchesThroughNode() {
        JsonPath events = ok("events", "filter", Map.of("locations", java.util.List.of("THA")));
        String id = events.getString("data.events.nodes[0].id");
        assertEquals(events.getString("data.events.nodes[0].title"), ok("node", "id", id).getString("data.node.title"));
    }
}
