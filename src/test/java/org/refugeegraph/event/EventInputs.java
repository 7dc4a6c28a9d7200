package org.refugeegraph.event;

import static org.refugeegraph.GraphQLClient.okAs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refugeegraph.GraphQLClient.Account;

/**
 * Inputs for the event writes' tests. Their events happen in countries where the cited data set has none
 * (Fiji, Tuvalu, Nauru), with fewer people than its largest figure and no part-of links, so that the
 * read tests of the data set see the same answers however many of these rows earlier runs have left.
 */
final class EventInputs {
    /** createEvent's events; none is dated after {@link #LATEST}, so the newest one dated so leads Country.events. */
    static final String CREATED_IN = "FJI";
    static final String LATEST = "2024-12-31";
    /** updateEvent's events. */
    static final String UPDATED_IN = "TUV";
    /** addCountClaim's events. */
    static final String CLAIMED_IN = "NRU";

    private EventInputs() {
    }

    /** A valid createEvent input in that country, on one day, citing a new source; change what a test needs. */
    static Map<String, Object> event(String country, String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "ARREST");
        input.put("status", "CARRIED_OUT");
        input.put("title", title);
        input.put("date", date("2024-06-03", "2024-06-03", "DAY"));
        input.put("location", country);
        input.put("citation", citation(null, "Police arrested several North Koreans (" + title + ")."));
        return input;
    }

    static Map<String, Object> date(String start, String end, String precision) {
        return Map.of("start", start, "end", end, "precision", precision);
    }

    /** A citation of an existing source (sourceId), or of a new one when sourceId is null. */
    static Map<String, Object> citation(String sourceId, String quote) {
        Map<String, Object> citation = new HashMap<>();
        if (sourceId == null) {
            citation.put("source", Map.of("title", "Test report " + UUID.randomUUID(), "publisher", "Test wire"));
        } else {
            citation.put("sourceId", sourceId);
        }
        citation.put("quote", quote);
        return citation;
    }

    static Map<String, Object> people(Integer best, Integer low, Integer high, String qualifier, String text) {
        Map<String, Object> people = new HashMap<>();
        people.put("best", best);
        people.put("low", low);
        people.put("high", high);
        people.put("qualifier", qualifier);
        people.put("text", text);
        return people;
    }

    static String newSource(Account editor) {
        return okAs(editor, "createSource", "input", Map.of("title", "Test source " + UUID.randomUUID(),
                "publisher", "Test publisher")).getString("data.createSource.source.id");
    }

    static String newActor(Account editor) {
        return okAs(editor, "createActor", "input", Map.of("name", "Test border police " + UUID.randomUUID(),
                "kind", "GOVERNMENT", "country", CREATED_IN)).getString("data.createActor.actor.id");
    }

    /** Creates the event and answers its payload's event (as a map). */
    static Map<String, Object> created(Account editor, Map<String, Object> input) {
        return okAs(editor, "createEvent", "input", input).getMap("data.createEvent.event");
    }

    static List<String> fields(io.restassured.path.json.JsonPath answer) {
        return answer.getList("errors.extensions.field");
    }
}
