package org.refugeegraph.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EventApiTest {

    private static final Map<String, Object> CHINA_JULY_2021 = Map.of("locations", List.of("CHN"),
            "kinds", List.of("DEPORTATION"), "from", "2021-07-14", "to", "2021-07-14");

    @Test
    void linksTheChinaJuly2021DeportationToItsCountriesPerpetratorAndSources() {
        JsonPath answer = ok("eventDetails", "filter", CHINA_JULY_2021);
        assertEquals(1, answer.getList("data.events.nodes").size());
        String event = "data.events.nodes[0].";
        assertEquals("CHN", answer.getString(event + "location.code"));
        assertEquals("PRK", answer.getString(event + "destination.code"));
        assertEquals("Government of China", answer.getString(event + "perpetrator.name"));
        assertEquals(50, answer.getInt(event + "people.best"));
        assertEquals("2021-07-14", answer.getString(event + "date.text"));
        assertThat(answer.getList(event + "claims.citation.source.publisher"),
                hasItem("The Heritage Foundation"));
        assertThat(answer.getList(event + "claims.count.text"), hasItems("roughly 50", "nearly 50"));
        assertEquals("nearly 50", answer.getString(event + "people.text"), "Human Rights Watch's figure is preferred");
        assertThat(answer.getList(event + "citations.quote").toString(), containsString("roughly 50 individuals"));
    }

    @Test
    void obligationsAtStakeFollowTheLocationCountrysTreatiesOnTheEventsDate() {
        JsonPath china = ok("eventDetails", "filter", CHINA_JULY_2021);
        assertThat(china.getList("data.events.nodes[0].obligationsAtStake.treaty.shortName"),
                hasItem("Refugee Convention"));
        assertThat(china.getList("data.events.nodes[0].obligationsAtStake.country.code"), everyItem(is("CHN")));

        JsonPath vietnam = ok("eventDetails", "filter", Map.of("locations", List.of("VN"),
                "kinds", List.of("DEPORTATION"), "from", "2019-12-01", "to", "2019-12-31"));
        assertEquals(1, vietnam.getList("data.events.nodes").size());
        List<String> treaties = vietnam.getList("data.events.nodes[0].obligationsAtStake.treaty.shortName");
        assertThat(treaties, not(hasItem("Refugee Convention")));
        assertThat(treaties, hasItem("Convention against Torture"));
    }

    @Test
    void keepsDisputedFiguresAsClaimsBesideThePreferredOne() {
        JsonPath resettled2021 = ok("eventDetails", "filter", Map.of("kinds", List.of("RESETTLEMENT"),
                "from", "2021-01-01", "to", "2021-12-31", "destinations", List.of("KOR")));
        String year = "data.events.nodes.find { it.date.text == '2021' }.";
        assertEquals(63, resettled2021.getInt(year + "people.best"));
        assertEquals(1047, resettled2021.getInt(year + "claims.find { it.disputed }.count.best"));
        assertThat(resettled2021.getString(year + "claims.find { it.disputed }.note"), containsString("2019"));
        assertEquals("2021", resettled2021.getString("data.events.nodes.find { it.date.text == '2021-Q2' }.partOf.date.text"));

        assertPreferredAndDisputed(Map.of("locations", List.of("VNM"), "kinds", List.of("ARREST"),
                "from", "2019-11-01", "to", "2019-11-30"), 11, 14);
        assertPreferredAndDisputed(Map.of("locations", List.of("CHN"), "kinds", List.of("DEPORTATION"),
                "from", "2023-10-09", "to", "2023-10-09"), 500, 600);
        assertPreferredAndDisputed(Map.of("destinations", List.of("KOR"), "kinds", List.of("RESETTLEMENT"),
                "from", "2025-01-01", "to", "2025-12-31"), 223, 224);
    }

    @Test
    void theDisputedFilterListsEveryContestedFigureAndOnlyThose() {
        int all = ok("events", "first", 1).getInt("data.events.totalCount");
        int contested = ok("events", "filter", Map.of("disputed", true), "first", 1).getInt("data.events.totalCount");
        int uncontested = ok("events", "filter", Map.of("disputed", false), "first", 1).getInt("data.events.totalCount");
        assertEquals(all, contested + uncontested, "true and false split the events");
        List<String> titles = ok("eventDetails", "filter", Map.of("disputed", true)).getList("data.events.nodes.title");
        assertThat(titles, hasItems("Group of North Koreans arrested in Lang Son, Vietnam", "China forcibly returns more than 500 North Koreans",
                "China returns North Koreans caught in February 2012", "Arrivals of North Korean refugees in South Korea, 2021",
                // no disputed claim of its own, but probably the Lang Son group (sameAs)
                "Planned deportation of 13 North Korean defectors, stopped by U.S. diplomats"));
        assertThat(titles, not(hasItem("Vietnam arrests and promptly deports three North Koreans")));

        // the link, from both sides: the Lang Son group lists the seed's two events, each of them names Lang Son
        JsonPath langSon = ok("eventDetails", "filter", Map.of("locations", List.of("VNM"), "kinds", List.of("ARREST"),
                "from", "2019-11-01", "to", "2019-11-30"));
        assertNull(langSon.get("data.events.nodes[0].sameAs"), "the Lang Son event is the one counted");
        assertThat(langSon.getList("data.events.nodes[0].possibleDuplicates.event.title"), hasItems(
                "Planned deportation of 13 North Korean defectors, stopped by U.S. diplomats",
                "Planned deportation of 20 North Korean defectors from Vietnam, stopped by EU-based human rights organizations"));
        assertThat(langSon.getList("data.events.nodes[0].possibleDuplicates.citations.source.publisher.flatten()"),
                hasItems("Reuters", "The Wall Street Journal"));
        assertThat(ok("eventDetails", "filter", Map.of("disputed", false)).getList("data.events.nodes.title"),
                not(hasItem("Group of North Koreans arrested in Lang Son, Vietnam")));
    }

    private static void assertPreferredAndDisputed(Map<String, Object> filter, int preferred, int disputed) {
        JsonPath answer = ok("eventDetails", "filter", filter);
        assertEquals(1, answer.getList("data.events.nodes").size(), "one event for " + filter);
        assertEquals(preferred, answer.getInt("data.events.nodes[0].people.best"));
        assertEquals(preferred, answer.getInt("data.events.nodes[0].claims.find { it.preferred }.count.best"));
        assertEquals(disputed, answer.getInt("data.events.nodes[0].claims.find { it.disputed }.count.best"));
        assertThat(answer.getString("data.events.nodes[0].claims.find { it.disputed }.note"), not(nullValue()));
        assertEquals(1, answer.getList("data.events.nodes[0].claims.findAll { it.preferred }").size());
    }

    @Test
    void filtersByKindStatusAndCountryRoles() {
        assertAll("kinds", Map.of("kinds", List.of("DEPORTATION")), "kind", "DEPORTATION");
        assertAll("statuses", Map.of("statuses", List.of("AVERTED")), "status", "AVERTED");
        assertAll("locations", Map.of("locations", List.of("vn")), "location.code", "VNM");
        assertAll("destinations", Map.of("destinations", List.of("PRK")), "destination.code", "PRK");

        JsonPath anyRole = ok("events", "filter", Map.of("countries", List.of("KP")), "first", 100);
        List<Map<String, Object>> nodes = anyRole.getList("data.events.nodes");
        assertThat(nodes.size(), greaterThanOrEqualTo(20));
        for (int i = 0; i < nodes.size(); i++) {
            String node = "data.events.nodes[" + i + "].";
            assertTrue(List.of(String.valueOf(anyRole.getString(node + "location.code")),
                    String.valueOf(anyRole.getString(node + "origin.code")),
                    String.valueOf(anyRole.getString(node + "destination.code"))).contains("PRK"));
        }
    }

    private static void assertAll(String what, Map<String, Object> filter, String field, String expected) {
        JsonPath answer = ok("events", "filter", filter, "first", 100);
        List<String> values = answer.getList("data.events.nodes." + field);
        assertFalse(values.isEmpty(), what + " filter matched nothing");
        assertThat(what, values, everyItem(is(expected)));
        assertEquals(values.size(), answer.getInt("data.events.totalCount"));
    }

    @Test
    void filtersByPerpetratorDatesPeopleAndInterventions() {
        String china = ok("events", "filter", CHINA_JULY_2021).getString("data.events.nodes[0].perpetrator.id");
        JsonPath byPerpetrator = ok("events", "filter", Map.of("perpetratorIds", List.of(china)), "first", 100);
        assertThat(byPerpetrator.getList("data.events.nodes.perpetrator.name"), everyItem(is("Government of China")));
        assertThat(byPerpetrator.getList("data.events.nodes").size(), greaterThanOrEqualTo(5));

        JsonPath in2023 = ok("events", "filter", Map.of("from", "2023-01-01", "to", "2023-12-31"), "first", 100);
        assertThat(in2023.getList("data.events.nodes.date.start"), everyItem(lessThanOrEqualTo("2023-12-31")));
        assertThat(in2023.getList("data.events.nodes.date.end"), everyItem(greaterThanOrEqualTo("2023-01-01")));
        assertThat(in2023.getList("data.events.nodes").size(), greaterThanOrEqualTo(4));

        JsonPath large = ok("events", "filter", Map.of("minPeople", 1000), "first", 100);
        List<Integer> counts = large.getList("data.events.nodes.people.best");
        assertFalse(counts.isEmpty());
        assertThat(counts, everyItem(greaterThanOrEqualTo(1000)));

        JsonPath withIntervention = ok("events", "filter", Map.of("hasIntervention", true), "first", 100);
        List<List<String>> outcomes = withIntervention.getList("data.events.nodes.interventions.outcome");
        assertFalse(outcomes.isEmpty());
        assertThat(outcomes, everyItem(not(empty())));
        JsonPath without = ok("events", "filter", Map.of("hasIntervention", false), "first", 100);
        assertThat(without.getList("data.events.nodes.interventions"), everyItem(empty()));
        assertEquals(ok("events").getInt("data.events.totalCount"),
                withIntervention.getInt("data.events.totalCount") + without.getInt("data.events.totalCount"));
    }

    @Test
    void ordersByDateOrPeopleInEitherDirection() {
        List<String> latestFirst = ok("events", "first", 100).getList("data.events.nodes.date.start");
        List<String> sorted = new ArrayList<>(latestFirst);
        sorted.sort(Collections.reverseOrder());
        assertEquals(sorted, latestFirst);

        // each its own first page: once editors (and the write tests) have added events, there are more than 100
        List<String> earliestFirst = ok("events", "first", 100, "orderBy", Map.of("field", "DATE", "direction", "ASC"))
                .getList("data.events.nodes.date.start");
        List<String> ascending = new ArrayList<>(earliestFirst);
        Collections.sort(ascending);
        assertEquals(ascending, earliestFirst);
        assertThat(earliestFirst.get(0), lessThanOrEqualTo(latestFirst.get(latestFirst.size() - 1)));

        List<Integer> people = ok("events", "first", 100, "orderBy", Map.of("field", "PEOPLE", "direction", "DESC"))
                .getList("data.events.nodes.people.best");
        assertEquals(2914, people.get(0), "2009 arrivals are the largest figure");
        for (int i = 1; i < people.size(); i++) {
            int previous = people.get(i - 1) == null ? -1 : people.get(i - 1);
            int current = people.get(i) == null ? -1 : people.get(i);
            assertThat(current, lessThanOrEqualTo(previous));
        }
    }

    @Test
    void walkingEveryPageForwardsAndBackwardsReturnsEachEventOnce() {
        for (Map<String, String> order : List.of(Map.of("field", "DATE", "direction", "DESC"),
                Map.of("field", "PEOPLE", "direction", "ASC"))) {
            int total = ok("events").getInt("data.events.totalCount");
            List<String> forwards = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                JsonPath page = ok("eventPages", "orderBy", order, "first", 7, "after", after);
                forwards.addAll(page.getList("data.events.nodes.id"));
                assertEquals(after != null, page.getBoolean("data.events.pageInfo.hasPreviousPage"));
                more = page.getBoolean("data.events.pageInfo.hasNextPage");
                after = page.getString("data.events.pageInfo.endCursor");
            }
            assertEquals(total, forwards.size());
            assertEquals(total, new HashSet<>(forwards).size(), "no event twice");

            List<String> backwards = new ArrayList<>();
            String before = null;
            more = true;
            while (more) {
                JsonPath page = ok("eventPages", "orderBy", order, "last", 7, "before", before);
                List<String> ids = page.getList("data.events.nodes.id");
                backwards.addAll(0, ids);
                more = page.getBoolean("data.events.pageInfo.hasPreviousPage");
                before = page.getString("data.events.pageInfo.startCursor");
            }
            assertEquals(forwards, backwards, "the same events in the same order, walked backwards");
        }
    }

    @Test
    void defaultPageHasTwentyEvents() {
        JsonPath answer = ok("events");
        assertEquals(20, answer.getList("data.events.nodes").size());
        assertTrue(answer.getBoolean("data.events.pageInfo.hasNextPage"));
        assertThat(answer.getInt("data.events.totalCount"), greaterThanOrEqualTo(40));
        List<String> cursors = answer.getList("data.events.edges.cursor");
        assertEquals(cursors.get(0), answer.getString("data.events.pageInfo.startCursor"));
        assertEquals(cursors.get(19), answer.getString("data.events.pageInfo.endCursor"));
    }
}
