package org.refugeegraph.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.queryAs;
import static org.refugeegraph.GreenlandRecords.count;
import static org.refugeegraph.GreenlandRecords.uniqueWord;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;
import org.refugeegraph.GreenlandRecords;
import org.refugeegraph.LogCapture;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeType;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class LinkInterventionTargetTest {
    private Account editor;
    private String actorId;
    private String sourceId;
    private String word;

    @BeforeEach
    void anEditorAnActorAndASource() {
        editor = Accounts.create("EDITOR");
        word = uniqueWord();
        actorId = okAs(editor, "createActor", "input", Map.of("name", "Linking NGO " + word, "kind", "NGO"))
                .getString("data.createActor.actor.id");
        sourceId = okAs(editor, "createSource", "input", Map.of("title", "Source " + word, "publisher", "Write tests"))
                .getString("data.createSource.source.id");
    }

    /** An intervention of the test's actor over [start, end]; its id. */
    private String intervention(String start, String end) {
        return okAs(editor, "createIntervention", "input", Map.of("kind", "ADVOCACY", "title", "Advocacy " + word,
                "date", Map.of("start", start, "end", end, "precision", "DAY"), "actorId", actorId,
                "citation", Map.of("sourceId", sourceId, "quote", "They campaigned.")))
                .getString("data.createIntervention.intervention.id");
    }

    private String event(String status, String start, String end) {
        return GreenlandRecords.event("Planned return " + word, status, LocalDate.parse(start), LocalDate.parse(end),
                GlobalId.decode(sourceId, NodeType.Source));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstLinkAndWritesOnce() {
        String intervention = intervention("2024-05-01", "2024-05-01");
        String event = event("CARRIED_OUT", "2024-06-01", "2024-06-01");
        Map<String, Object> input = link(intervention, event, "FAILED");
        input.put("idempotencyKey", "link-" + word);
        JsonPath first = okAs(editor, "linkInterventionTarget", "input", input);
        input.put("outcome", "UNKNOWN"); // a retry is answered with what the first request recorded
        JsonPath again = okAs(editor, "linkInterventionTarget", "input", input);
        assertEquals("FAILED", first.getString("data.linkInterventionTarget.target.outcome"));
        assertEquals("FAILED", again.getString("data.linkInterventionTarget.target.outcome"));
        assertEquals(event, again.getString("data.linkInterventionTarget.target.event.id"));
        assertEquals(1, targetsOf(intervention));
    }

    private Map<String, Object> link(String interventionId, String eventId, String outcome) {
        Map<String, Object> input = new HashMap<>();
        input.put("interventionId", interventionId);
        input.put("eventId", eventId);
        input.put("outcome", outcome);
        input.put("note", "  The group stayed.  ");
        input.put("citation", Map.of("sourceId", sourceId, "quote", "They were saved " + word + ".", "locator", "§3"));
        return input;
    }

    private long targetsOf(String interventionId) {
        return count("select count(*) from intervention_target_record where intervention_id = ?",
                GlobalId.decode(interventionId, NodeType.Intervention));
    }

    @AfterEach
    void retractWhatTheTestRecorded() {
        GreenlandRecords.retractAll();
    }

    @Test
    void anEditorLinksAnInterventionToAnEventAndEveryReadShowsIt() {
        String intervention = intervention("2024-05-01", "2024-05-10");
        String event = event("AVERTED", "2024-06-01", "2024-06-30");
        Map<String, Object> input = link(intervention, event, "PREVENTED");
        input.put("peopleProtected", Map.of("best", 20, "qualifier", "APPROXIMATE", "text", "about 20"));
        JsonPath linked = okAs(editor, "linkInterventionTarget", "input", input);
        Map<String, Object> target = linked.getMap("data.linkInterventionTarget.target");
        assertEquals("PREVENTED", target.get("outcome"));
        assertEquals("The group stayed.", target.get("note"));
        Map<String, Object> people = new HashMap<>(Map.of("best", 20, "qualifier", "APPROXIMATE", "text", "about 20"));
        people.put("low", null);
        people.put("high", null);
        assertEquals(people, linked.getMap("data.linkInterventionTarget.target.peopleProtected"));
        assertEquals(intervention, linked.getString("data.linkInterventionTarget.target.intervention.id"));
        assertEquals(event, linked.getString("data.linkInterventionTarget.target.event.id"));
        assertEquals(List.of("They were saved " + word + "."), linked.getList("data.linkInterventionTarget.target.citations.quote"));

        try (LogCapture log = new LogCapture()) {
            JsonPath read = ok("interventionsOfActor", "actorIds", List.of(actorId));
            String node = "data.interventions.nodes[0]";
            assertEquals(List.of("PREVENTED"), read.getList(node + ".targets.outcome"));
            assertEquals(List.of(event), read.getList(node + ".targets.event.id"));
            assertEquals(List.of(event), read.getList(node + ".prevented.id"));
            assertEquals(List.of(List.of("They were saved " + word + ".")), read.getList(node + ".targets.citations.quote"));
            assertEquals(List.of(List.of("§3")), read.getList(node + ".targets.citations.locator"));
            assertEquals(List.of(List.of(sourceId)), read.getList(node + ".targets.citations.source.id"));
            assertEquals(List.of(List.of(intervention)), read.getList(node + ".targets.event.interventions.intervention.id"));
            assertEquals(1, read.getInt("data.prevented.totalCount"));
            // InterventionTarget.citations is loaded ahead like every batched field (in this JVM's log; an *IT sees none)
            assertEquals(List.of(), log.of("org.refugeegraph.graph.LookAhead").stream()
                    .filter(line -> line.contains("Not loaded ahead")).toList());
        }
    }

    @Test
    void outcomesThatTheDatesOrTheEventContradictAreRefused() {
        String late = intervention("2024-07-01", "2024-07-01");
        String event = event("AVERTED", "2024-06-01", "2024-06-30");
        JsonPath answer = queryAs(editor, "linkInterventionTarget", "input", link(late, event, "PREVENTED"));
        assertEquals(List.of("input.outcome"), answer.getList("errors.extensions.field"), answer.prettify());
        assertTrue(answer.getString("errors[0].message").contains("cannot have PREVENTED"), answer.prettify());
        answer = queryAs(editor, "linkInterventionTarget", "input", link(late, event, "DELAYED"));
        assertEquals(List.of("input.outcome"), answer.getList("errors.extensions.field"), answer.prettify());
        answer = queryAs(editor, "linkInterventionTarget", "input", link(late, event, "FAILED"));
        assertEquals(List.of("input.outcome"), answer.getList("errors.extensions.field"), "an AVERTED event did not happen anyway");

        String early = intervention("2024-05-01", "2024-05-01");
        String carriedOut = event("CARRIED_OUT", "2024-06-01", "2024-06-01");
        answer = queryAs(editor, "linkInterventionTarget", "input", link(early, carriedOut, "PREVENTED"));
        assertEquals(List.of("input.outcome"), answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals(0, targetsOf(late) + targetsOf(early));

        // a protest after the returns did not fail to stop them: it came after the fact
        answer = queryAs(editor, "linkInterventionTarget", "input", link(late, carriedOut, "FAILED"));
        assertEquals(List.of("input.outcome"), answer.getList("errors.extensions.field"), answer.prettify());
        assertTrue(answer.getString("errors[0].message").contains("AFTER_THE_FACT fits"), answer.prettify());
        answer = queryAs(editor, "linkInterventionTarget", "input", link(early, carriedOut, "AFTER_THE_FACT"));
        assertEquals(List.of("input.outcome"), answer.getList("errors.extensions.field"), "an intervention before the event");
        assertEquals(0, targetsOf(late) + targetsOf(early));
        okAs(editor, "linkInterventionTarget", "input", link(late, carriedOut, "AFTER_THE_FACT"));
        // an intervention whose range reaches into the event's may have delayed it
        String spanning = intervention("2024-05-20", "2024-07-20");
        okAs(editor, "linkInterventionTarget", "input", link(spanning, carriedOut, "DELAYED"));
        assertEquals(1, targetsOf(late));
        assertEquals(1, targetsOf(spanning));
    }

    @Test
    void aSecondLinkOfTheSamePairIsAValidationErrorAndWritesNothing() {
        String intervention = intervention("2024-05-01", "2024-05-01");
        String event = event("CARRIED_OUT", "2024-06-01", "2024-06-01");
        okAs(editor, "linkInterventionTarget", "input", link(intervention, event, "FAILED"));
        JsonPath again = queryAs(editor, "linkInterventionTarget", "input", link(intervention, event, "UNKNOWN"));
        assertEquals(List.of("input.eventId"), again.getList("errors.extensions.field"), again.prettify());
        assertEquals(List.of("VALIDATION"), again.getList("errors.extensions.code"));
        assertTrue(again.getString("errors[0].message").contains("already linked"), again.prettify());
        assertEquals(1, targetsOf(intervention));
        assertEquals(List.of("FAILED"), ok("interventionsOfActor", "actorIds", List.of(actorId))
                .getList("data.interventions.nodes[0].targets.outcome"));
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingIsWritten() {
        String intervention = intervention("2024-05-01", "2024-05-01");
        String event = event("UNKNOWN", "2024-06-01", "2024-06-01");
        Map<String, Object> input = link(intervention, event, "UNKNOWN");
        input.remove("citation");
        input.put("note", "n".repeat(2001));
        input.put("peopleProtected", Map.of("qualifier", "RANGE", "text", " "));
        JsonPath answer = queryAs(editor, "linkInterventionTarget", "input", input);
        assertEquals(List.of("input.citation", "input.note", "input.peopleProtected.text"),
                answer.getList("errors.extensions.field"), answer.prettify());

        input = link(GlobalId.encode(NodeType.Intervention, 999_999_999), GlobalId.encode(NodeType.Actor, 1), "UNKNOWN");
        input.put("peopleProtected", Map.of("low", 30, "qualifier", "RANGE", "text", "30 or more"));
        answer = queryAs(editor, "linkInterventionTarget", "input", input);
        assertEquals(List.of("input.interventionId", "input.eventId", "input.peopleProtected.high"),
                answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals(List.of("VALIDATION", "VALIDATION", "VALIDATION"), answer.getList("errors.extensions.code"));
        assertEquals(0, targetsOf(intervention));

        assertEquals("UNAUTHENTICATED", queryAs(null, "linkInterventionTarget", "input", link(intervention, event, "UNKNOWN"))
                .getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", queryAs(Accounts.admin(), "linkInterventionTarget", "input", link(intervention, event, "UNKNOWN"))
                .getString("errors[0].extensions.code"));
        assertEquals(0, targetsOf(intervention));
    }

    @Test
    void aLinkThatFailsHalfWayLeavesNoRow() {
        String intervention = intervention("2024-05-01", "2024-05-01");
        String event = event("UNKNOWN", "2024-06-01", "2024-06-01");
        Map<String, Object> input = link(intervention, event, "UNKNOWN");
        // the target is inserted before its citation finds that the source does not exist
        input.put("citation", Map.of("sourceId", GlobalId.encode(NodeType.Source, 999_999_999), "quote", "Words."));
        JsonPath answer = queryAs(editor, "linkInterventionTarget", "input", input);
        assertEquals(List.of("input.citation.sourceId"), answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals(0, targetsOf(intervention));
        assertEquals(0, count("select count(*) from citation_record where quote = 'Words.' and intervention_target_id is not null"));
        // and the pair is still free
        okAs(editor, "linkInterventionTarget", "input", link(intervention, event, "UNKNOWN"));
        assertEquals(1, targetsOf(intervention));
    }
}
