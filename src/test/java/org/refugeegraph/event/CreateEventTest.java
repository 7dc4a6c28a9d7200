package org.refugeegraph.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.queryAs;
import static org.refugeegraph.event.EventInputs.CREATED_IN;
import static org.refugeegraph.event.EventInputs.LATEST;
import static org.refugeegraph.event.EventInputs.citation;
import static org.refugeegraph.event.EventInputs.created;
import static org.refugeegraph.event.EventInputs.date;
import static org.refugeegraph.event.EventInputs.event;
import static org.refugeegraph.event.EventInputs.fields;
import static org.refugeegraph.event.EventInputs.newActor;
import static org.refugeegraph.event.EventInputs.newSource;
import static org.refugeegraph.event.EventInputs.people;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CreateEventTest {
    private Account editor;

    @BeforeEach
    void signIn() {
        editor = Accounts.create("EDITOR");
    }

    /** A well-formed global id that names nothing (ids are base64url of "Type:key"). */
    static String missing(String type) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":987654321").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEditorRecordsAnEventWithItsCitationAndPeopleThatEveryReadFinds() {
        String before = counts();
        String actorId = newActor(editor);
        String sourceId = newSource(editor);
        String title = "Fiji deports about a dozen North Koreans (test " + UUID.randomUUID() + ")";
        Map<String, Object> input = event("fj", "  " + title + "  ");
        input.put("kind", "DEPORTATION");
        input.put("summary", "Police handed them over at the airport.");
        input.put("date", date(LATEST, LATEST, "DAY"));
        input.put("origin", "PRK");
        input.put("destination", "tv");
        input.put("perpetratorId", actorId);
        input.put("citation", Map.of("sourceId", sourceId, "quote", "about a dozen North Koreans were deported", "locator", "p. 3"));
        input.put("people", people(12, null, null, "APPROXIMATE", "about a dozen"));

        Map<String, Object> event = created(editor, input);
        String id = (String) event.get("id");
        assertEquals(1, event.get("version"));
        assertEquals(title, event.get("title"), "stripped");
        assertEquals("DEPORTATION", event.get("kind"));
        assertEquals(Map.of("code", CREATED_IN), event.get("location"));
        assertEquals(Map.of("code", "PRK"), event.get("origin"));
        assertEquals(Map.of("code", "TUV"), event.get("destination"));
        assertEquals(actorId, ((Map<?, ?>) event.get("perpetrator")).get("id"));
        assertEquals(LATEST, ((Map<?, ?>) event.get("date")).get("text"));
        assertEquals(12, ((Map<?, ?>) event.get("people")).get("best"));
        assertEquals(1, ((List<?>) event.get("claims")).size());
        Map<?, ?> claim = (Map<?, ?>) ((List<?>) event.get("claims")).get(0);
        assertEquals(true, claim.get("preferred"));
        assertEquals("about a dozen North Koreans were deported", ((Map<?, ?>) claim.get("citation")).get("quote"));
        List<?> citations = (List<?>) event.get("citations");
        assertEquals(1, citations.size(), "the claim's citation is the event's");
        assertEquals(sourceId, ((Map<?, ?>) ((Map<?, ?>) citations.get(0)).get("source")).get("id"));
        assertEquals("p. 3", ((Map<?, ?>) citations.get(0)).get("locator"));

        JsonPath read = ok("recordedEvent", "id", id, "country", CREATED_IN,
                "filter", Map.of("locations", List.of(CREATED_IN), "from", LATEST, "to", LATEST));
        assertEquals("Event", read.getString("data.node.__typename"));
        assertEquals(title, read.getString("data.node.title"));
        assertEquals(12, read.getInt("data.node.people.best"));
        assertEquals("about a dozen", read.getString("data.node.claims[0].count.text"));
        assertThat(read.getList("data.events.nodes.id"), hasItem(id));
        assertEquals(id, read.getString("data.country.events.nodes[0].id"), "the newest event on the latest day leads");
        assertEquals(after(before, 1, 1, 1), counts(), "one event; the source and the actor made for the test");
    }

    @Test
    void anEventCitingANewSourceRecordsTheSourceToo() {
        String before = counts();
        Map<String, Object> input = event(CREATED_IN, "Arrest citing a new source (test)");
        Map<String, Object> event = created(editor, input);
        assertNull(event.get("people"), "no figure given");
        assertEquals(List.of(), event.get("claims"));
        String sourceTitle = (String) ((Map<?, ?>) ((Map<?, ?>) input.get("citation")).get("source")).get("title");
        assertEquals(sourceTitle, ((Map<?, ?>) ((Map<?, ?>) ((List<?>) event.get("citations")).get(0)).get("source")).get("title"));
        assertEquals(after(before, 1, 1, 0), counts());
    }

    @Test
    void aMissingCitationIsNamedAndNothingIsWritten() {
        String before = counts();
        Map<String, Object> input = event(CREATED_IN, "Event without a citation (test)");
        input.remove("citation");
        JsonPath missing = queryAs(editor, "createEvent", "input", input);
        assertEquals(List.of("input.citation"), fields(missing), missing.prettify());
        assertEquals(List.of("VALIDATION"), missing.getList("errors.extensions.code"));
        assertNull(missing.get("data"));

        input.put("citation", Map.of("quote", " "));
        JsonPath empty = queryAs(editor, "createEvent", "input", input);
        assertEquals(List.of("input.citation.quote"), fields(empty), empty.prettify());

        input.put("citation", Map.of("quote", "Words without a source"));
        JsonPath sourceless = queryAs(editor, "createEvent", "input", input);
        assertEquals(List.of("input.citation.sourceId"), fields(sourceless), sourceless.prettify());
        assertEquals(before, counts());
    }

    @Test
    void everyBrokenRuleIsNamedByItsFieldAndNothingIsWritten() {
        String before = counts();
        Map<String, Object> input = event(CREATED_IN, "t".repeat(301));
        input.put("summary", "s".repeat(5001));
        input.put("idempotencyKey", "");
        input.put("citation", citation(null, ""));
        input.put("people", people(-1, null, null, "EXACT", "minus one"));
        JsonPath shapes = queryAs(editor, "createEvent", "input", input);
        assertEquals(List.of("input.citation.quote", "input.idempotencyKey", "input.people.best", "input.summary", "input.title"),
                fields(shapes), shapes.prettify());

        Map<String, Object> meaning = event(CREATED_IN, "Broken references (test)");
        meaning.put("date", date("2024-06-30", "2024-06-01", "DAY"));
        meaning.put("people", people(null, 50, 40, "RANGE", "40 to 50"));
        meaning.put("location", "XX");
        meaning.put("origin", "ZZZ");
        meaning.put("destination", "1");
        meaning.put("perpetratorId", missing("Actor"));
        meaning.put("partOfId", newActor(editor));
        JsonPath references = queryAs(editor, "createEvent", "input", meaning);
        assertEquals(List.of("input.date.end", "input.people.high", "input.location", "input.origin", "input.destination",
                "input.perpetratorId", "input.partOfId"), fields(references), references.prettify());
        assertEquals(List.of("VALIDATION"), references.getList("errors.extensions.code").stream().distinct().toList());

        meaning = event(CREATED_IN, "A month that is not one (test)");
        meaning.put("date", date("2024-03-02", "2024-03-31", "MONTH"));
        meaning.put("partOfId", missing("Event"));
        JsonPath month = queryAs(editor, "createEvent", "input", meaning);
        assertEquals(List.of("input.date.start", "input.partOfId"), fields(month), month.prettify());
        assertEquals(after(before, 0, 0, 1), counts(), "only the actor made for the test");
    }

    @Test
    void aCreateThatFailsHalfWayLeavesNoRow() {
        String before = counts();
        // the source is looked up after the event's insert
        Map<String, Object> input = event(CREATED_IN, "Event whose source does not exist (test)");
        input.put("citation", citation(missing("Source"), "Words of a source that is not there"));
        JsonPath unknownSource = queryAs(editor, "createEvent", "input", input);
        assertEquals(List.of("input.citation.sourceId"), fields(unknownSource), unknownSource.prettify());
        assertEquals(before, counts());

        // valid to every check, refused by PostgreSQL at the last insert (the claim's text cannot hold a NUL),
        // after the event, the new source and the citation were written
        input = event(CREATED_IN, "Event whose claim the database refuses (test)");
        input.put("people", people(3, null, null, "EXACT", "three\u0000people"));
        JsonPath refused = queryAs(editor, "createEvent", "input", input);
        assertEquals(1, refused.getList("errors").size(), refused.prettify());
        assertNull(refused.get("data"), refused.prettify());
        assertEquals(before, counts(), "no event, no source, no citation");
    }

    @Test
    void anonymousAndWrongRoleWritesChangeNothing() {
        String before = counts();
        Map<String, Object> input = event(CREATED_IN, "Event that must not be written (test)");
        JsonPath anonymous = queryAs(null, "createEvent", "input", input);
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"), anonymous.prettify());
        // an admin manages accounts; recording facts is an editor's work
        JsonPath admin = queryAs(Accounts.admin(), "createEvent", "input", input);
        assertEquals("FORBIDDEN", admin.getString("errors[0].extensions.code"), admin.prettify());
        assertEquals(List.of("createEvent"), admin.getList("errors[0].path"));
        assertEquals(before, counts());
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> input = event(CREATED_IN, "Event sent twice (test)");
        input.put("people", people(7, null, null, "EXACT", "seven"));
        input.put("idempotencyKey", key);
        String before = counts();
        Map<String, Object> first = created(editor, input);
        Map<String, Object> retried = created(editor, input);
        assertEquals(first.get("id"), retried.get("id"));
        assertEquals(first, retried, "the same answer");
        assertEquals(after(before, 1, 1, 0), counts(), "one event, one source");

        // the key is the client's own: another editor's is another key
        Map<String, Object> someoneElses = created(Accounts.create("EDITOR"), input);
        assertNotEquals(first.get("id"), someoneElses.get("id"));
        assertEquals(after(before, 2, 2, 0), counts());
    }

    private static String counts() {
        JsonPath counts = ok("eventWriteCounts");
        return counts.getInt("data.events.totalCount") + " events, " + counts.getInt("data.sources.totalCount") + " sources, "
                + counts.getInt("data.actors.totalCount") + " actors";
    }

    private static String after(String before, int events, int sources, int actors) {
        String[] parts = before.split(" ");
        return (Integer.parseInt(parts[0]) + events) + " events, " + (Integer.parseInt(parts[2]) + sources) + " sources, "
                + (Integer.parseInt(parts[4]) + actors) + " actors";
    }

    /** For the other tests of event writes. */
    static String createdId(Account editor, Map<String, Object> input) {
        return (String) created(editor, input).get("id");
    }
}
