package org.refugeegraph.retraction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.query;
import static org.refugeegraph.GraphQLClient.queryAs;
import static org.refugeegraph.GreenlandRecords.column;
import static org.refugeegraph.GreenlandRecords.count;
import static org.refugeegraph.GreenlandRecords.uniqueWord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.GreenlandRecords;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeType;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A retracted event, intervention or count claim leaves every read, and its row stays with the reason. The records
 * are the test's own (GreenlandRecords, createIntervention, linkInterventionTarget); reads are compared with what
 * the same query answered before the retraction.
 */
@QuarkusTest
class RetractTest {
    private Account editor;
    private String word;
    private String actorId;
    private String sourceId;
    private long source;

    @BeforeEach
    void anEditorAnActorAndASource() {
        editor = Accounts.create("EDITOR");
        word = uniqueWord();
        actorId = okAs(editor, "createActor", "input", Map.of("name", "Retracting NGO " + word, "kind", "NGO"))
                .getString("data.createActor.actor.id");
        sourceId = okAs(editor, "createSource", "input", Map.of("title", "Source " + word, "publisher", "Write tests"))
                .getString("data.createSource.source.id");
        source = GlobalId.decode(sourceId, NodeType.Source);
    }

    private String event(String name, String status, String day) {
        return GreenlandRecords.event("Return " + name + " " + word, status, LocalDate.parse(day), LocalDate.parse(day), source);
    }

    private String intervention(String name, String day) {
        return okAs(editor, "createIntervention", "input", Map.of("kind", "ADVOCACY", "title", "Advocacy " + name + " " + word,
                "date", Map.of("start", day, "end", day, "precision", "DAY"), "actorId", actorId,
                "citation", Map.of("sourceId", sourceId, "quote", "intervention " + name)))
                .getString("data.createIntervention.intervention.id");
    }

    private void link(String intervention, String event, String outcome, String quote) {
        okAs(editor, "linkInterventionTarget", "input", Map.of("interventionId", intervention, "eventId", event,
                "outcome", outcome, "citation", Map.of("sourceId", sourceId, "quote", quote)));
    }

    private static Map<String, Object> retraction(String id, String reason, Integer version) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("reason", reason);
        input.put("version", version);
        return input;
    }

    private JsonPath retract(String id, String reason) {
        return okAs(editor, "retract", "input", retraction(id, reason, null));
    }

    private JsonPath reads() {
        return ok("retractionReads", "filter", GreenlandRecords.FILTER,
                "withInterventions", Map.of("locations", List.of("GRL"), "hasIntervention", true),
                "actorIds", List.of(actorId), "text", word, "sourceId", sourceId);
    }

    private static Object eventField(JsonPath read, String eventId, String field) {
        return read.get("data.events.nodes.find { it.id == '" + eventId + "' }." + field);
    }

    private static int people(JsonPath read) {
        Integer best = read.get("data.statistics[0].people.best");
        return best == null ? 0 : best;
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }

    @AfterEach
    void retractWhatTheTestRecorded() {
        GreenlandRecords.retractAll();
    }

    @Test
    void retractedRecordsLeaveEveryReadAndKeepTheirRows() {
        String one = event("one", "AVERTED", "2024-06-15");
        String preferred = GreenlandRecords.claim(one, 40, true, source, "claim forty");
        String other = GreenlandRecords.claim(one, 50, false, source, "claim fifty");
        String two = event("two", "CARRIED_OUT", "2024-08-01");
        String seven = GreenlandRecords.claim(two, 7, true, source, "claim seven");
        String first = intervention("first", "2024-05-01");
        String second = intervention("second", "2024-05-02");
        link(first, one, "PREVENTED", "target first-one");
        link(second, one, "UNKNOWN", "target second-one");
        link(second, two, "FAILED", "target second-two");

        JsonPath before = reads();
        assertTrue(before.getList("data.events.nodes.id").containsAll(List.of(one, two)));
        assertEquals(40, eventField(before, one, "people.best"));
        assertEquals(List.of(preferred, other), eventField(before, one, "claims.id"));
        assertEquals(List.of(second, first), before.getList("data.interventions.nodes.id"), "latest first");
        assertEquals(Map.of("Event", 2, "Intervention", 2), hits(before));

        // 1. the preferred claim: the event keeps its other claims, but has no preferred figure until an editor picks one
        JsonPath retracted = retract(preferred, "  Misread: the source says 14.  ");
        assertEquals(preferred, retracted.getString("data.retract.id"));
        assertEquals("Misread: the source says 14.", retracted.getString("data.retract.reason"));
        OffsetDateTime at = OffsetDateTime.parse(retracted.getString("data.retract.retractedAt"));
        assertTrue(Duration.between(at.toInstant(), Instant.now()).abs().toMinutes() < 5, at.toString());
        JsonPath afterClaim = reads();
        assertNull(eventField(afterClaim, one, "people"));
        assertEquals(List.of(other), eventField(afterClaim, one, "claims.id"));
        assertEquals(List.of("claim fifty"), eventField(afterClaim, one, "claims.citation.quote"));
        assertEquals(people(before) - 40, people(afterClaim));
        assertEquals(before.getInt("data.events.totalCount"), afterClaim.getInt("data.events.totalCount"));
        List<String> byPeople = afterClaim.getList("data.byPeople.nodes.id");
        assertTrue(byPeople.indexOf(one) > byPeople.indexOf(two), "without a figure the event sorts last: " + byPeople);
        assertEquals("NOT_FOUND", code(query("claimNode", "id", preferred)));
        assertEquals("CountClaim", ok("claimNode", "id", other).getString("data.node.__typename"));
        // the claim's citation also supports the event itself, so it stays with the event
        assertTrue(afterClaim.getList("data.source.citations.quote").contains("claim forty"));

        // 2. an intervention: its targets and citations go with it
        retract(first, "Duplicate of another record.");
        JsonPath afterIntervention = reads();
        assertEquals(List.of(second), afterIntervention.getList("data.interventions.nodes.id"));
        assertEquals(1, afterIntervention.getInt("data.interventions.totalCount"));
        assertEquals(0, afterIntervention.getInt("data.prevented.totalCount"));
        assertEquals(List.of(second), eventField(afterIntervention, one, "interventions.intervention.id"));
        assertEquals(List.of(List.of("target second-one")), eventField(afterIntervention, one, "interventions.citations.quote"));
        assertEquals(Map.of("Event", 2, "Intervention", 1), hits(afterIntervention));
        assertEquals("NOT_FOUND", code(query("node", "id", first)));
        List<String> quotes = afterIntervention.getList("data.source.citations.quote");
        assertFalse(quotes.contains("intervention first") || quotes.contains("target first-one"), quotes.toString());
        assertTrue(quotes.contains("intervention second"), quotes.toString());
        assertEquals(before.getInt("data.withInterventions.totalCount"), afterIntervention.getInt("data.withInterventions.totalCount"),
                "both events still have the second intervention");

        // 3. an event: it leaves lists, counts, its country, search, statistics and the targets that aimed at it
        retract(two, "Not a deportation: the people left on their own.");
        JsonPath afterEvent = reads();
        assertFalse(afterEvent.getList("data.events.nodes.id").contains(two));
        assertEquals(before.getInt("data.events.totalCount") - 1, afterEvent.getInt("data.events.totalCount"));
        assertFalse(afterEvent.getList("data.country.events.nodes.id").contains(two));
        assertEquals(before.getInt("data.country.events.totalCount") - 1, afterEvent.getInt("data.country.events.totalCount"));
        assertEquals(before.getInt("data.statistics[0].events") - 1, afterEvent.getInt("data.statistics[0].events"));
        assertEquals(people(before) - 40 - 7, people(afterEvent));
        assertEquals(before.getInt("data.withInterventions.totalCount") - 1, afterEvent.getInt("data.withInterventions.totalCount"));
        assertEquals(Map.of("Event", 1, "Intervention", 1), hits(afterEvent));
        assertEquals("NOT_FOUND", code(query("node", "id", two)));
        assertEquals(List.of(List.of(one)), afterEvent.getList("data.interventions.nodes.targets.event.id"));
        quotes = afterEvent.getList("data.source.citations.quote");
        for (String gone : List.of("event: Return two " + word, "claim seven", "target second-two")) {
            assertFalse(quotes.contains(gone), gone + " in " + quotes);
        }
        assertTrue(quotes.contains("event: Return one " + word), quotes.toString());
        // its claims leave with it, though their rows stand as they were
        assertEquals("NOT_FOUND", code(query("claimNode", "id", seven)));
        assertEquals("NOT_FOUND", code(queryAs(editor, "retract", "input", retraction(seven, "Already gone.", null))));
        String export = given().queryParam("locations", "GRL").when().get("/export/events.json").then().statusCode(200)
                .extract().asString();
        assertTrue(export.contains("Return one " + word) && !export.contains("Return two " + word), export);

        // every row is still there, with the reason and a new version
        assertEquals(List.of("Misread: the source says 14."), column("select retraction_reason from count_claim_record where id = ?",
                GlobalId.decode(preferred, NodeType.CountClaim)));
        assertEquals(List.of("Duplicate of another record."), column("select retraction_reason from intervention_record where id = ?",
                GlobalId.decode(first, NodeType.Intervention)));
        assertEquals(List.of(2), column("select version from event_record where id = ? and retracted_at is not null",
                GlobalId.decode(two, NodeType.Event)));
        assertEquals(3, count("select count(*) from intervention_target_record where intervention_id in (?, ?)",
                GlobalId.decode(first, NodeType.Intervention), GlobalId.decode(second, NodeType.Intervention)));
        assertEquals(1, count("select count(*) from count_claim_record where event_id = ? and retracted_at is null",
                GlobalId.decode(two, NodeType.Event)), "the claims of a retracted event are left as they were");
    }

    /** Search hits among the test's own events and interventions (all carry its word), by type. */
    private static Map<String, Integer> hits(JsonPath read) {
        Map<String, Integer> byType = new HashMap<>();
        for (String type : read.<String>getList("data.search.__typename")) {
            if (type.equals("Event") || type.equals("Intervention")) {
                byType.merge(type, 1, Integer::sum);
            }
        }
        return byType;
    }

    @Test
    void anonymousAndWrongRoleRetractionsChangeNothing() {
        String event = event("kept", "CARRIED_OUT", "2024-06-01");
        assertEquals("UNAUTHENTICATED", code(queryAs(null, "retract", "input", retraction(event, "No reason", null))));
        assertEquals("FORBIDDEN", code(queryAs(Accounts.admin(), "retract", "input", retraction(event, "No reason", null))));
        assertEquals(List.of(1), column("select version from event where id = ?", GlobalId.decode(event, NodeType.Event)));
        ok("node", "id", event);
    }

    @Test
    void invalidInputIsNamedAndRetractsNothing() {
        String event = event("kept", "CARRIED_OUT", "2024-06-01");
        JsonPath answer = queryAs(editor, "retract", "input", retraction(event, " ", null));
        assertEquals(List.of("input.reason"), answer.getList("errors.extensions.field"), answer.prettify());
        answer = queryAs(editor, "retract", "input", retraction(event, "r".repeat(2001), null));
        assertEquals(List.of("input.reason"), answer.getList("errors.extensions.field"), answer.prettify());
        answer = queryAs(editor, "retract", "input", retraction("not-an-id", "Wrong", null));
        assertEquals(List.of("input.id"), answer.getList("errors.extensions.field"), answer.prettify());
        answer = queryAs(editor, "retract", "input", retraction(actorId, "Wrong", null));
        assertEquals(List.of("input.id"), answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals("VALIDATION", code(answer));
        assertEquals("Actor", ok("node", "id", actorId).getString("data.node.__typename"));
        ok("node", "id", event);
    }

    @Test
    void retractingTwiceOrSomethingUnknownIsNotFound() {
        String event = event("once", "CARRIED_OUT", "2024-06-01");
        retract(event, "First reason.");
        assertEquals("NOT_FOUND", code(queryAs(editor, "retract", "input", retraction(event, "Second reason.", null))));
        assertEquals("NOT_FOUND", code(queryAs(editor, "retract", "input", retraction(event, "Second reason.", 2))));
        assertEquals(List.of("First reason."), column("select retraction_reason from event_record where id = ?",
                GlobalId.decode(event, NodeType.Event)));
        for (NodeType type : List.of(NodeType.Event, NodeType.Intervention, NodeType.CountClaim)) {
            JsonPath answer = queryAs(editor, "retract", "input", retraction(GlobalId.encode(type, 999_999_999), "Gone.", null));
            assertEquals("NOT_FOUND", code(answer), answer.prettify());
        }
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String intervention = intervention("versioned", "2024-05-01");
        JsonPath answer = queryAs(editor, "retract", "input", retraction(intervention, "Stale.", 2));
        assertEquals("CONFLICT", code(answer), answer.prettify());
        assertTrue(answer.getString("errors[0].message").contains("version 1"), answer.prettify());
        assertEquals(1, ok("interventionsOfActor", "actorIds", List.of(actorId)).getInt("data.interventions.nodes[0].version"));

        // an event that changed since the editor read it (version 1 then)
        String event = event("changed", "CARRIED_OUT", "2024-06-01");
        long key = GlobalId.decode(event, NodeType.Event);
        column("update event set summary = 'changed', version = version + 1 where id = ? returning id", key);
        assertEquals("CONFLICT", code(queryAs(editor, "retract", "input", retraction(event, "Stale.", 1))));
        assertEquals(List.of(2), column("select version from event where id = ?", key));

        okAs(editor, "retract", "input", retraction(intervention, "Current.", 1));
        okAs(editor, "retract", "input", retraction(event, "Current.", 2));
        assertEquals(List.of(3), column("select version from event_record where id = ?", key));
        assertEquals(0, ok("interventionsOfActor", "actorIds", List.of(actorId)).getInt("data.interventions.totalCount"));
    }

    @Test
    void ofConcurrentRetractionsExactlyOneWins() throws Exception {
        String event = event("raced", "CARRIED_OUT", "2024-06-01");
        int editors = 4;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String reason = "Reason " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return queryAs(editor, "retract", "input", retraction(event, reason, 1));
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                JsonPath result = answer.get();
                outcomes.add(result.get("errors") == null ? "RETRACTED" : code(result));
            }
            assertEquals(1, outcomes.stream().filter("RETRACTED"::equals).count(), outcomes.toString());
            assertEquals(editors - 1, outcomes.stream().filter("NOT_FOUND"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(2), column("select version from event_record where id = ?", GlobalId.decode(event, NodeType.Event)));
        assertNotNull(column("select retracted_at from event_record where id = ?", GlobalId.decode(event, NodeType.Event)).get(0));
    }
}
