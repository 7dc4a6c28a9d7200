package org.refugeegraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.queryAs;
import static org.refugeegraph.event.CreateEventTest.createdId;
import static org.refugeegraph.event.CreateEventTest.missing;
import static org.refugeegraph.event.EventInputs.UPDATED_IN;
import static org.refugeegraph.event.EventInputs.date;
import static org.refugeegraph.event.EventInputs.event;
import static org.refugeegraph.event.EventInputs.fields;
import static org.refugeegraph.event.EventInputs.newActor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class UpdateEventTest {
    private Account editor;
    private String id;

    @BeforeEach
    void recordAnEvent() {
        editor = Accounts.create("EDITOR");
        Map<String, Object> input = event(UPDATED_IN, "Event to update (test)");
        input.put("summary", "First summary.");
        input.put("origin", "PRK");
        id = createdId(editor, input);
    }

    private Map<String, Object> update(int version, Object... values) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("version", version);
        for (int i = 0; i < values.length; i += 2) {
            input.put((String) values[i], values[i + 1]);
        }
        return input;
    }

    /** The event as a reader now sees it. */
    private Map<String, Object> current() {
        return ok("eventNow", "id", id).getMap("data.node");
    }

    @Test
    void anEditorChangesSomeFieldsAndTheOthersStay() {
        String actorId = newActor(editor);
        Map<String, Object> event = okAs(editor, "updateEvent", "input", update(1, "title", " Updated title (test) ",
                "date", date("2024-04-01", "2024-06-30", "QUARTER"), "destination", "CHN", "perpetratorId", actorId,
                "status", "AVERTED")).getMap("data.updateEvent.event");
        assertEquals(2, event.get("version"));
        assertEquals("Updated title (test)", event.get("title"));
        assertEquals("2024-Q2", ((Map<?, ?>) event.get("date")).get("text"));
        assertEquals(Map.of("code", "CHN"), event.get("destination"));
        assertEquals(actorId, ((Map<?, ?>) event.get("perpetrator")).get("id"));
        assertEquals("AVERTED", event.get("status"));
        // left out: unchanged
        assertEquals("ARREST", event.get("kind"));
        assertEquals("First summary.", event.get("summary"));
        assertEquals(Map.of("code", UPDATED_IN), event.get("location"));
        assertEquals(Map.of("code", "PRK"), event.get("origin"));
        assertEquals(event, current());

        Map<String, Object> again = okAs(editor, "updateEvent", "input", update(2, "kind", "DETENTION"))
                .getMap("data.updateEvent.event");
        assertEquals(3, again.get("version"));
        assertEquals("DETENTION", again.get("kind"));
        assertEquals("Updated title (test)", again.get("title"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        okAs(editor, "updateEvent", "input", update(1, "title", "Changed by the first editor (test)"));
        Map<String, Object> before = current();
        JsonPath stale = queryAs(Accounts.create("EDITOR"), "updateEvent", "input", update(1, "title", "Overwrite (test)"));
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"), stale.prettify());
        assertEquals(List.of("updateEvent"), stale.getList("errors[0].path"));
        assertNull(stale.get("data"));
        assertEquals(before, current());
        assertEquals(2, before.get("version"));
    }

    @Test
    void anUnknownEventIsNotFoundAndABadIdIsNamed() {
        JsonPath unknown = queryAs(editor, "updateEvent", "input",
                Map.of("id", missing("Event"), "version", 1, "title", "Nothing to update (test)"));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"), unknown.prettify());
        JsonPath actor = queryAs(editor, "updateEvent", "input",
                Map.of("id", newActor(editor), "version", 1, "title", "Not an event (test)"));
        assertEquals(List.of("input.id"), fields(actor), actor.prettify());
        JsonPath malformed = queryAs(editor, "updateEvent", "input", Map.of("id", "not an id", "version", 1, "title", "x"));
        assertEquals(List.of("input.id"), fields(malformed), malformed.prettify());
    }

    @Test
    void everyBrokenRuleIsNamedByItsFieldAndNothingChanges() {
        Map<String, Object> before = current();
        JsonPath shapes = queryAs(editor, "updateEvent", "input", update(1, "title", "  ", "summary", "s".repeat(5001)));
        assertEquals(List.of("input.summary", "input.title"), fields(shapes), shapes.prettify());
        JsonPath meaning = queryAs(editor, "updateEvent", "input", update(1, "date", date("2024-01-01", "2024-12-30", "YEAR"),
                "location", "XX", "origin", "ZZZ", "destination", "ZZ", "perpetratorId", missing("Actor")));
        assertEquals(List.of("input.date.end", "input.location", "input.origin", "input.destination", "input.perpetratorId"),
                fields(meaning), meaning.prettify());
        assertEquals(List.of("VALIDATION"), meaning.getList("errors.extensions.code").stream().distinct().toList());
        JsonPath nothing = queryAs(editor, "updateEvent", "input", update(1));
        assertEquals(List.of("input"), fields(nothing), nothing.prettify());
        assertEquals(before, current());
        assertEquals(1, before.get("version"));
    }

    @Test
    void anonymousAndWrongRoleUpdatesChangeNothing() {
        Map<String, Object> before = current();
        JsonPath anonymous = queryAs(null, "updateEvent", "input", update(1, "title", "Anonymous (test)"));
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"), anonymous.prettify());
        JsonPath admin = queryAs(Accounts.admin(), "updateEvent", "input", update(1, "title", "Admin (test)"));
        assertEquals("FORBIDDEN", admin.getString("errors[0].extensions.code"), admin.prettify());
        assertEquals(before, current());
    }

    @Test
    void ofConcurrentUpdatesOfTheSameVersionExactlyOneWins() throws Exception {
        int editors = 8;
        List<Account> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < editors; i++) {
            accounts.add(Accounts.create("EDITOR"));
        }
        List<JsonPath> answers = Concurrently.send(editors, i -> queryAs(accounts.get(i), "updateEvent", "input",
                update(1, "title", "Title of editor " + i + " (test)", "summary", "Summary of editor " + i + ".")));
        List<Integer> winners = new java.util.ArrayList<>();
        for (int i = 0; i < editors; i++) {
            JsonPath answer = answers.get(i);
            if (answer.get("errors") == null) {
                winners.add(i);
                assertEquals(2, answer.getInt("data.updateEvent.event.version"));
            } else {
                assertEquals("CONFLICT", answer.getString("errors[0].extensions.code"), answer.prettify());
            }
        }
        assertEquals(1, winners.size(), "exactly one winner, got " + winners);
        Map<String, Object> after = current();
        assertEquals(2, after.get("version"));
        assertEquals("Title of editor " + winners.get(0) + " (test)", after.get("title"));
        assertEquals("Summary of editor " + winners.get(0) + ".", after.get("summary"), "all of the winner's values, no mix");
    }
}
