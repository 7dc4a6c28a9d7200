package org.refugeegraph.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.queryAs;
import static org.refugeegraph.GreenlandRecords.count;
import static org.refugeegraph.GreenlandRecords.uniqueWord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

@QuarkusTest
class CreateInterventionTest {
    private Account editor;
    private String actorId;
    private String title;

    @BeforeEach
    void anEditorAndAnActor() {
        editor = Accounts.create("EDITOR");
        actorId = okAs(editor, "createActor", "input", Map.of("name", "Intervening NGO " + uniqueWord(), "kind", "NGO"))
                .getString("data.createActor.actor.id");
        title = "Protest " + uniqueWord();
    }

    private Map<String, Object> input() {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "DIPLOMATIC_PROTEST");
        input.put("title", "  " + title + "  ");
        input.put("summary", "Diplomats protested the planned return.");
        input.put("date", Map.of("start", "2024-03-01", "end", "2024-03-31", "precision", "MONTH"));
        input.put("actorId", actorId);
        input.put("citation", Map.of("source", Map.of("title", "Report on " + title, "publisher", "Write tests"),
                "quote", "The diplomats protested.", "locator", "p. 2"));
        return input;
    }

    private long rowsWithTitle() {
        return count("select count(*) from intervention_record where title = ?", title);
    }

    @AfterEach
    void retractWhatTheTestRecorded() {
        GreenlandRecords.retractAll();
    }

    @Test
    void anEditorRecordsAnInterventionThatQueriesThenFind() {
        JsonPath created = okAs(editor, "createIntervention", "input", input());
        Map<String, Object> intervention = created.getMap("data.createIntervention.intervention");
        assertEquals(title, intervention.get("title"));
        assertEquals(1, intervention.get("version"));
        assertEquals("2024-03", created.getString("data.createIntervention.intervention.date.text"));
        assertEquals(actorId, created.getString("data.createIntervention.intervention.actor.id"));
        assertEquals(List.of(), intervention.get("targets"));
        assertEquals(List.of("The diplomats protested."), created.getList("data.createIntervention.intervention.citations.quote"));
        assertEquals(List.of("p. 2"), created.getList("data.createIntervention.intervention.citations.locator"));

        String id = (String) intervention.get("id");
        JsonPath node = ok("node", "id", id);
        assertEquals("Intervention", node.getString("data.node.__typename"));
        assertEquals(title, node.getString("data.node.title"));
        JsonPath ofActor = ok("interventionsOfActor", "actorIds", List.of(actorId));
        assertEquals(List.of(id), ofActor.getList("data.interventions.nodes.id"));
        assertEquals(List.of("The diplomats protested."), ofActor.getList("data.interventions.nodes[0].citations.quote"));
        // the new source came with the intervention, and cites it
        String sourceId = created.getString("data.createIntervention.intervention.citations[0].source.id");
        assertEquals(1, count("select count(*) from citation where source_id = ? and intervention_id = ?",
                GlobalId.decode(sourceId, NodeType.Source), GlobalId.decode(id, NodeType.Intervention)));
    }

    @Test
    void anonymousAndWrongRoleWritesChangeNothing() {
        assertEquals("UNAUTHENTICATED", queryAs(null, "createIntervention", "input", input()).getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", queryAs(Accounts.admin(), "createIntervention", "input", input())
                .getString("errors[0].extensions.code"));
        assertEquals(0, rowsWithTitle());
        assertEquals(0, count("select count(*) from source where title = ?", "Report on " + title));
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingIsWritten() {
        Map<String, Object> input = input();
        input.put("title", " ");
        input.put("summary", "s".repeat(5001));
        input.remove("citation");
        input.put("idempotencyKey", "");
        JsonPath answer = queryAs(editor, "createIntervention", "input", input);
        assertEquals(List.of("input.citation", "input.idempotencyKey", "input.summary", "input.title"),
                answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals(List.of("VALIDATION", "VALIDATION", "VALIDATION", "VALIDATION"), answer.getList("errors.extensions.code"));
        assertNull(answer.get("data"));

        // Bean Validation passed: the date against its precision, and the actor against the graph, both in one answer
        input = input();
        input.put("date", Map.of("start", "2024-03-02", "end", "2024-03-31", "precision", "MONTH"));
        input.put("actorId", GlobalId.encode(NodeType.Actor, 999_999_999));
        answer = queryAs(editor, "createIntervention", "input", input);
        assertEquals(List.of("input.date.start", "input.actorId"), answer.getList("errors.extensions.field"), answer.prettify());

        input = input();
        input.put("actorId", GlobalId.encode(NodeType.Event, 1));
        input.put("citation", Map.of("source", Map.of("title", "Report on " + title, "publisher", "Write tests")));
        answer = queryAs(editor, "createIntervention", "input", input);
        assertEquals(List.of("input.citation.quote"), answer.getList("errors.extensions.field"), answer.prettify());
        input.put("citation", Map.of("sourceId", "not an id", "quote", "q"));
        answer = queryAs(editor, "createIntervention", "input", input);
        assertEquals(List.of("input.actorId"), answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals(0, rowsWithTitle());
    }

    @Test
    void aCreateThatFailsHalfWayLeavesNoRow() {
        Map<String, Object> input = input();
        // the intervention is inserted before its citation finds that the source does not exist
        input.put("citation", Map.of("sourceId", GlobalId.encode(NodeType.Source, 999_999_999), "quote", "Words."));
        JsonPath answer = queryAs(editor, "createIntervention", "input", input);
        assertEquals(List.of("input.citation.sourceId"), answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals(0, rowsWithTitle());
        assertEquals(0, ok("interventionsOfActor", "actorIds", List.of(actorId)).getInt("data.interventions.totalCount"));

        // and a key taken by a failed create is free again
        input = input();
        input.put("idempotencyKey", "key-" + title);
        input.put("citation", Map.of("sourceId", GlobalId.encode(NodeType.Source, 999_999_999), "quote", "Words."));
        assertEquals("VALIDATION", queryAs(editor, "createIntervention", "input", input).getString("errors[0].extensions.code"));
        input.put("citation", input().get("citation"));
        okAs(editor, "createIntervention", "input", input);
        assertEquals(1, rowsWithTitle());
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        Map<String, Object> input = input();
        input.put("idempotencyKey", "retry-" + title);
        String first = okAs(editor, "createIntervention", "input", input).getString("data.createIntervention.intervention.id");
        JsonPath again = okAs(editor, "createIntervention", "input", input);
        assertEquals(first, again.getString("data.createIntervention.intervention.id"));
        assertEquals(title, again.getString("data.createIntervention.intervention.title"));
        assertEquals(1, rowsWithTitle());
        assertEquals(1, count("select count(*) from source where title = ?", "Report on " + title), "one new source");
        assertEquals(1, ok("interventionsOfActor", "actorIds", List.of(actorId)).getInt("data.interventions.totalCount"));

        // keys are per account: another editor's request with the same key is a create of its own
        String other = okAs(Accounts.create("EDITOR"), "createIntervention", "input", input)
                .getString("data.createIntervention.intervention.id");
        assertEquals(2, rowsWithTitle());
        assertEquals(2, ok("interventionsOfActor", "actorIds", List.of(actorId)).getList("data.interventions.nodes.id").size());
        assertEquals(false, first.equals(other));
    }
}
