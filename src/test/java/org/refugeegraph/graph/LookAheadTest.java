package org.refugeegraph.graph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.LogCapture;
import org.refugeegraph.SqlStatementCounter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The root fields load the selected linked fields ahead (graph/LookAhead); these tests pin what
 * must keep working through it, over the bundled data set: aliases, fragments, @skip/@include
 * and nested connections with arguments per parent. Each also checks in the log that the
 * look-ahead served every linked field, so none silently fell back to the DataLoaders.
 */
@QuarkusTest
class LookAheadTest {
    private static final String LOOK_AHEAD = LookAhead.class.getName();
    private LogCapture log;

    @BeforeEach
    void captureLog() {
        log = new LogCapture();
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void aliasesOfOneFieldWithOtherArgumentsGetTheirOwnPages() {
        JsonPath answer = ok("lookAheadAliases");
        List<Map<String, Object>> interventions = answer.getList("data.interventions.nodes");
        assertThat(interventions, not(empty()));
        for (int i = 0; i < interventions.size(); i++) {
            String node = "data.interventions.nodes[" + i + "]";
            // Same arguments, other sub-selections: the same targets in the same order.
            assertEquals(answer.getList(node + ".a.outcome"), answer.getList(node + ".b.outcome"), node);
        }
        List<String> codes = answer.getList("data.countries.code");
        int countriesWithSeveral = 0;
        for (int i = 0; i < codes.size(); i++) {
            String country = "data.countries[" + i + "]";
            List<String> three = answer.getList(country + ".three.nodes.id");
            List<String> one = answer.getList(country + ".one.nodes.id");
            int total = answer.getInt(country + ".three.totalCount");
            assertEquals(Math.min(3, total), three.size(), codes.get(i));
            assertEquals(three.subList(0, Math.min(1, three.size())), one, codes.get(i));
            assertEquals(total, answer.getInt(country + ".one.totalCount"), codes.get(i));
            if (total > 1) {
                countriesWithSeveral++;
            }
        }
        // Without a country of several events the two pages could not differ.
        assertThat(countriesWithSeveral, greaterThan(0));
        assertAllLoadedAhead();
    }

    @Test
    void fragmentsInlineFragmentsAndUnionsGiveWhatDirectSelectionsGive() {
        JsonPath answer = ok("lookAheadFragments");
        List<Map<String, Object>> nodes = answer.getList("data.events.nodes");
        assertThat(nodes, not(empty()));
        assertEquals(nodes, answer.getList("data.events.edges.node"), "named fragment vs direct selection");
        assertThat(answer.getList("data.events.nodes.citations.quote").stream().filter(q -> !((List<?>) q).isEmpty()).count(),
                greaterThan(0L));

        Map<String, Object> locationById = new HashMap<>();
        nodes.forEach(event -> locationById.put((String) event.get("id"), event.get("location")));
        List<Map<String, Object>> hits = answer.getList("data.search");
        assertThat(answer.getList("data.search.__typename"), hasItem("Event"));
        for (Map<String, Object> hit : hits) {
            if ("Event".equals(hit.get("__typename")) && locationById.containsKey(hit.get("id"))) {
                assertEquals(locationById.get(hit.get("id")), hit.get("location"), "search hit " + hit.get("id"));
            } else if ("Intervention".equals(hit.get("__typename"))) {
                assertTrue(hit.get("actor") instanceof Map<?, ?> actor && actor.get("name") != null, hit.toString());
            }
        }
        assertAllLoadedAhead();
    }

    @Test
    void skippedAndExcludedFieldsAreNeitherAnsweredNorLoaded() {
        SqlStatementCounter.reset();
        JsonPath both = ok("lookAheadDirectives", "withClaims", true, "withoutCitations", false);
        int statementsWithBoth = SqlStatementCounter.statements().size();
        SqlStatementCounter.reset();
        JsonPath neither = ok("lookAheadDirectives", "withClaims", false, "withoutCitations", true);
        int statementsWithNeither = SqlStatementCounter.statements().size();

        Map<String, Object> full = both.getMap("data.events.nodes[0]");
        Map<String, Object> bare = neither.getMap("data.events.nodes[0]");
        assertTrue(full.containsKey("claims") && full.containsKey("citations"), full.toString());
        assertFalse(bare.containsKey("claims") || bare.containsKey("citations"), bare.toString());
        // claims and citations: one statement each (citations also reads its sources' links).
        assertThat(statementsWithBoth - statementsWithNeither, greaterThan(1));
        assertAllLoadedAhead();
    }

    @Test
    void nestedConnectionsArePagedPerParentWithTheirOwnArguments() {
        JsonPath all = ok("lookAheadNestedArguments");
        List<String> codes = all.getList("data.countries.code");
        int compared = 0;
        for (int i = 0; i < codes.size(); i++) {
            Map<String, Object> country = all.getMap("data.countries[" + i + "]");
            int located = all.getInt("data.countries[" + i + "].at.totalCount");
            int deportedTo = all.getInt("data.countries[" + i + "].to.totalCount");
            if (located + deportedTo > 0) {
                Map<String, Object> alone = ok("lookAheadOneCountry", "code", codes.get(i)).getMap("data.country");
                assertEquals(alone.get("at"), country.get("at"), codes.get(i));
                assertEquals(alone.get("to"), country.get("to"), codes.get(i));
                compared++;
            }
        }
        // CHN has events located there, PRK receives deportations: both aliases were compared.
        assertThat(compared, greaterThan(1));
        assertAllLoadedAhead();
    }

    @Test
    void aBadNestedArgumentIsAnErrorOfThatFieldAndTheRestIsAnswered() {
        assertThat(ok("lookAheadBadArgument", "actorPage", 2).getList("data.actors.nodes.page"), not(empty()));
        JsonPath answer = query("lookAheadBadArgument", "actorPage", 1000);
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals(List.of("actors", "nodes", 0, "page"), answer.getList("errors[0].path"));
        // The connection is non-null, so the error reaches up to actors; the other root field stays.
        assertThat(answer.getList("data.sources.nodes.title"), not(empty()));
        assertThat(log.of(LOOK_AHEAD), hasItem(startsWith("DEBUG Not loaded ahead: Actor.interventions")));
    }

    private void assertAllLoadedAhead() {
        assertEquals(List.of(), log.of(LOOK_AHEAD).stream().filter(line -> line.contains("Not loaded ahead")).toList());
    }
}
