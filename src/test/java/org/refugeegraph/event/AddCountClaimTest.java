package org.refugeegraph.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.queryAs;
import static org.refugeegraph.event.CreateEventTest.createdId;
import static org.refugeegraph.event.CreateEventTest.missing;
import static org.refugeegraph.event.EventInputs.CLAIMED_IN;
import static org.refugeegraph.event.EventInputs.citation;
import static org.refugeegraph.event.EventInputs.event;
import static org.refugeegraph.event.EventInputs.fields;
import static org.refugeegraph.event.EventInputs.newSource;
import static org.refugeegraph.event.EventInputs.people;

import java.util.HashMap;
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
class AddCountClaimTest {
    private Account editor;
    private String eventId;

    /** An event whose preferred figure is 'about 30'. */
    @BeforeEach
    void recordAnEvent() {
        editor = Accounts.create("EDITOR");
        Map<String, Object> input = event(CLAIMED_IN, "Event with several figures (test)");
        input.put("people", people(30, null, null, "APPROXIMATE", "about 30"));
        eventId = createdId(editor, input);
    }

    private Map<String, Object> claim(Map<String, Object> people, Object... values) {
        Map<String, Object> input = new HashMap<>();
        input.put("eventId", eventId);
        input.put("people", people);
        input.put("citation", citation(null, "The source's words for " + people.get("text")));
        for (int i = 0; i < values.length; i += 2) {
            input.put((String) values[i], values[i + 1]);
        }
        return input;
    }

    private JsonPath claims() {
        return ok("eventClaims", "id", eventId);
    }

    private static int sources() {
        return ok("writeCounts").getInt("data.sources.totalCount");
    }

    @Test
    void aPreferredClaimTakesThePreferredPlace() {
        JsonPath added = okAs(editor, "addCountClaim", "input",
                claim(people(45, null, null, "EXACT", "45 people"), "preferred", true, "note", " Official figure. "));
        assertEquals(true, added.getBoolean("data.addCountClaim.claim.preferred"));
        assertEquals("Official figure.", added.getString("data.addCountClaim.claim.note"));
        assertEquals("The source's words for 45 people", added.getString("data.addCountClaim.claim.citation.quote"));
        assertEquals(45, added.getInt("data.addCountClaim.event.people.best"));

        JsonPath read = claims();
        assertEquals(45, read.getInt("data.node.people.best"));
        assertEquals(List.of(45), read.getList("data.node.claims.findAll { it.preferred }.count.best"));
        assertEquals(List.of(30), read.getList("data.node.claims.findAll { !it.preferred }.count.best"));
        assertThat("the claim's citation also cites the event", read.getList("data.node.citations.quote"),
                hasItem("The source's words for 45 people"));
    }

    @Test
    void aClaimBesideThePreferredOneLeavesPeopleAsTheyWere() {
        JsonPath added = okAs(editor, "addCountClaim", "input", claim(people(null, 100, 150, "RANGE", "100 to 150"),
                "disputed", true, "note", "Counts everyone held that year."));
        assertEquals(false, added.getBoolean("data.addCountClaim.claim.preferred"));
        assertEquals(true, added.getBoolean("data.addCountClaim.claim.disputed"));
        assertEquals(30, added.getInt("data.addCountClaim.event.people.best"));

        JsonPath read = claims();
        assertEquals(30, read.getInt("data.node.people.best"));
        assertEquals(2, read.getList("data.node.claims").size());
        assertEquals(List.of(150), read.getList("data.node.claims.findAll { it.disputed }.count.high"));
    }

    @Test
    void everyBrokenRuleIsNamedByItsFieldAndNothingIsWritten() {
        JsonPath before = claims();
        int sources = sources();
        Map<String, Object> input = claim(people(5, null, null, "EXACT", "five"));
        input.remove("people");
        input.remove("citation");
        JsonPath missingFields = queryAs(editor, "addCountClaim", "input", input);
        assertEquals(List.of("input.citation", "input.people"), fields(missingFields), missingFields.prettify());

        JsonPath shapes = queryAs(editor, "addCountClaim", "input",
                claim(people(5, null, null, "EXACT", " "), "note", "n".repeat(2001), "idempotencyKey", "k".repeat(201)));
        assertEquals(List.of("input.idempotencyKey", "input.note", "input.people.text"), fields(shapes), shapes.prettify());

        JsonPath meaning = queryAs(editor, "addCountClaim", "input",
                claim(people(null, null, 20, "AT_LEAST", "at least 20"), "preferred", true, "disputed", true));
        assertEquals(List.of("input.people.low", "input.disputed"), fields(meaning), meaning.prettify());

        JsonPath notAnEvent = queryAs(editor, "addCountClaim", "input",
                claim(people(5, null, null, "EXACT", "five"), "eventId", newSource(editor)));
        assertEquals(List.of("input.eventId"), fields(notAnEvent), notAnEvent.prettify());
        assertEquals(List.of("VALIDATION"), notAnEvent.getList("errors.extensions.code"));
        assertEquals(before.prettify(), claims().prettify());
        assertEquals(sources + 1, sources(), "only the source made for the test");
    }

    @Test
    void anUnknownEventIsNotFoundAndNothingIsWritten() {
        int sources = sources();
        JsonPath unknown = queryAs(editor, "addCountClaim", "input",
                claim(people(5, null, null, "EXACT", "five"), "eventId", missing("Event")));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"), unknown.prettify());
        assertNull(unknown.get("data"));
        assertEquals(sources, sources(), "not even the citation's new source");
    }

    @Test
    void aClaimThatFailsHalfWayLeavesThePreferredOneInPlace() {
        JsonPath before = claims();
        // the previous preferred claim is set aside before the citation's source is looked up
        Map<String, Object> input = claim(people(80, null, null, "EXACT", "80"), "preferred", true);
        input.put("citation", citation(missing("Source"), "Words of a source that is not there"));
        JsonPath failed = queryAs(editor, "addCountClaim", "input", input);
        assertEquals(List.of("input.citation.sourceId"), fields(failed), failed.prettify());
        assertEquals(before.prettify(), claims().prettify());
        assertEquals(30, claims().getInt("data.node.people.best"));
    }

    @Test
    void anonymousAndWrongRoleClaimsChangeNothing() {
        JsonPath before = claims();
        int sources = sources();
        Map<String, Object> input = claim(people(9, null, null, "EXACT", "nine"), "preferred", true);
        JsonPath anonymous = queryAs(null, "addCountClaim", "input", input);
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"), anonymous.prettify());
        JsonPath admin = queryAs(Accounts.admin(), "addCountClaim", "input", input);
        assertEquals("FORBIDDEN", admin.getString("errors[0].extensions.code"), admin.prettify());
        assertEquals(before.prettify(), claims().prettify());
        assertEquals(sources, sources());
    }

    @Test
    void aRetriedClaimWithTheSameKeyIsRecordedOnce() {
        Map<String, Object> input = claim(people(33, null, null, "EXACT", "33"), "idempotencyKey", UUID.randomUUID().toString());
        int sources = sources();
        JsonPath first = okAs(editor, "addCountClaim", "input", input);
        JsonPath retried = okAs(editor, "addCountClaim", "input", input);
        assertEquals(first.prettify(), retried.prettify(), "the same answer");
        assertEquals(2, claims().getList("data.node.claims").size(), "the event's first claim and this one");
        assertEquals(sources + 1, sources());
    }
}
