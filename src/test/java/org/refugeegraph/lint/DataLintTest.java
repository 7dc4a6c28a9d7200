package org.refugeegraph.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.refugeegraph.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The data lint: walks the bundled data set through GraphQL, as a journalist would, and fails on every figure or fact
 * that is not traceable to the source's own words (issue 11). Records that editors wrote (here: the write tests,
 * whose history names their account) are theirs to check and are left out; the bundled data set has no history, or
 * history written by a data migration (editor "... migration ...").
 */
@QuarkusTest
class DataLintTest {

    /**
     * Citations that say, in their note, that their source was not read (known from a summary only). They are
     * visible to readers; this bound keeps the backlog from growing: lower it as quotes are added, never raise it.
     */
    private static final int MAX_UNVERIFIED_CITATIONS = 24;

    private static final Pattern NUMBER = Pattern.compile(
            "\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SELF = Pattern.compile("refugee-graph|facts\\.md|facts list", Pattern.CASE_INSENSITIVE);

    private final List<String> problems = new ArrayList<>();
    private int unverified;

    @Test
    void everyFigureAndFactIsTraceableToItsSource() {
        List<Map<String, Object>> events = pages("lintEvents", "events");
        assertTrue(events.size() >= 40, "the bundled data set has more than 40 events, found " + events.size());
        for (Map<String, Object> event : events) {
            if (!bundled(event)) {
                continue;
            }
            lintEvent(event);
        }
        for (Map<String, Object> intervention : pages("lintInterventions", "interventions")) {
            if (bundled(intervention)) {
                citations(intervention, "intervention '" + intervention.get("title") + "'");
            }
        }
        // Sources are linted where the bundled records cite them (citations): sources have no history, so a walk over
        // every source would also lint those the write tests create.
        JsonPath treaties = GraphQLClient.ok("lintEvents", "after", null);
        for (Map<String, Object> treaty : treaties.<Map<String, Object>>getList("data.treaties")) {
            for (String list : List.of("parties", "nonParties")) {
                for (Map<String, Object> participation : list(treaty, list)) {
                    String what = treaty.get("shortName") + " " + participation.get("status") + " "
                            + ((Map<?, ?>) participation.get("country")).get("code");
                    if (citations(participation, what) == 0) {
                        problems.add(what + ": no citation");
                    }
                }
            }
        }
        assertTrue(unverified <= MAX_UNVERIFIED_CITATIONS, unverified + " citations are unverified, at most "
                + MAX_UNVERIFIED_CITATIONS + " may be: add the source's words rather than more unverified citations");
        assertEquals(List.of(), problems);
    }

    private void lintEvent(Map<String, Object> event) {
        String what = "event '" + event.get("title") + "'";
        if (citations(event, what) == 0) {
            problems.add(what + ": no citation");
        }
        List<Map<String, Object>> claims = list(event, "claims");
        long preferred = claims.stream().filter(claim -> Boolean.TRUE.equals(claim.get("preferred"))).count();
        if (!claims.isEmpty() && preferred != 1) {
            problems.add(what + ": " + preferred + " preferred claims of " + claims.size() + ", not exactly one");
        }
        for (Map<String, Object> claim : claims) {
            lintClaim(claim, what);
        }
        LocalDate start = LocalDate.parse((String) date(event).get("start"));
        LocalDate end = LocalDate.parse((String) date(event).get("end"));
        for (Map<String, Object> target : list(event, "interventions")) {
            Map<String, Object> intervention = map(target, "intervention");
            if ("FAILED".equals(target.get("outcome")) && LocalDate.parse((String) date(intervention).get("start")).isAfter(end)) {
                problems.add(what + ": FAILED intervention '" + intervention.get("title") + "' began after the event ended: AFTER_THE_FACT");
            }
        }
        if ("CARRIED_OUT".equals(event.get("status"))) {
            for (Map<String, Object> citation : list(event, "citations")) {
                String published = (String) map(citation, "source").get("publishedOn");
                if (published != null && start.isAfter(LocalDate.parse(published))) {
                    problems.add(what + ": starts " + start + ", after its source '" + map(citation, "source").get("title")
                            + "' was published (" + published + ")");
                }
            }
        }
        for (Map<String, Object> duplicate : list(event, "possibleDuplicates")) {
            if (citations(duplicate, what + " possible duplicate") == 0) {
                problems.add(what + ": a possible duplicate without citation");
            }
        }
    }

    /** A claim's figure must be in its source's words: its text in the quote; a table's figure has a row and column. */
    private void lintClaim(Map<String, Object> claim, String event) {
        String text = (String) map(claim, "count").get("text");
        String what = event + ", claim '" + text + "'";
        Map<String, Object> citation = map(claim, "citation");
        String quote = (String) citation.get("quote");
        if (!NUMBER.matcher(text).find()) {
            problems.add(what + ": its text gives no figure");
        }
        if (quote != null) {
            if (!normal(quote).contains(normal(text))) {
                problems.add(what + ": not in its quote '" + quote + "'");
            }
        } else if (citation.get("locator") != null) {
            String locator = (String) citation.get("locator");
            if (!(locator.contains("row") && locator.contains("column"))) {
                problems.add(what + ": a figure from a table needs its row and column, the locator says '" + locator + "'");
            }
        } else if (!unverifiedNote(citation)) {
            problems.add(what + ": no quote, no locator, and no note saying it is unverified");
        }
    }

    /** Lints the citations of a record; returns how many it has. */
    private int citations(Map<String, Object> record, String what) {
        List<Map<String, Object>> citations = list(record, "citations");
        for (Map<String, Object> citation : citations) {
            String source = what + ", citation of '" + map(citation, "source").get("title") + "'";
            if (citation.get("quote") == null && citation.get("locator") == null) {
                if (unverifiedNote(citation)) {
                    unverified++;
                } else {
                    problems.add(source + ": no quote and no locator");
                }
            }
            for (String field : List.of("quote", "locator", "note")) {
                if (citation.get(field) != null && SELF.matcher((String) citation.get(field)).find()) {
                    problems.add(source + ": its " + field + " cites our own facts list");
                }
            }
            lintSource(map(citation, "source"), source);
        }
        return citations.size();
    }

    private void lintSource(Map<String, Object> source, String what) {
        String publisher = (String) source.get("publisher");
        if (publisher == null || publisher.isBlank()) {
            problems.add(what + ": no publisher");
        }
        if (SELF.matcher(source.get("title") + " " + publisher).find()) {
            problems.add(what + ": a self-citation (our own facts list is not a source)");
        }
    }

    private static boolean unverifiedNote(Map<String, Object> citation) {
        return citation.get("note") instanceof String note && note.startsWith("Unverified: ");
    }

    /** Whether the record belongs to the bundled data set: no history, or history written by a data migration. */
    private static boolean bundled(Map<String, Object> record) {
        return list(record, "history").stream()
                .filter(revision -> "CREATED".equals(revision.get("action")))
                .allMatch(revision -> String.valueOf(revision.get("editor")).contains("migration"));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replaceAll("\\s+", " ");
    }

    /** Every node of a connection, page after page. */
    private static List<Map<String, Object>> pages(String file, String connection) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = GraphQLClient.ok(file, "after", after);
            nodes.addAll(page.getList("data." + connection + ".nodes"));
            after = page.getBoolean("data." + connection + ".pageInfo.hasNextPage")
                    ? Objects.requireNonNull(page.getString("data." + connection + ".pageInfo.endCursor"))
                    : null;
        } while (after != null);
        return nodes;
    }

    private static Map<String, Object> date(Map<String, Object> record) {
        return map(record, "date");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> record, String field) {
        return (Map<String, Object>) record.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> record, String field) {
        Object value = record.get(field);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
