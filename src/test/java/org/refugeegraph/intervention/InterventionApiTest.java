package org.refugeegraph.intervention;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class InterventionApiTest {

    @Test
    void headlineQueryAnswersWhichInterventionsPreventedWhichDeportations() {
        JsonPath answer = ok("headline");
        assertEquals(2, answer.getInt("data.interventions.totalCount"));
        assertThat(answer.getList("data.interventions.nodes.actor.name"),
                containsInAnyOrder("U.S. diplomats", "Human rights organizations based in the EU"));

        String diplomats = "data.interventions.nodes.find { it.actor.name == 'U.S. diplomats' }.";
        assertEquals("USA", answer.getString(diplomats + "actor.country.code"));
        assertEquals(13, answer.getInt(diplomats + "targets[0].peopleProtected.best"));
        assertEquals("PREVENTED", answer.getString(diplomats + "targets[0].outcome"));
        assertEquals("AVERTED", answer.getString(diplomats + "targets[0].event.status"));
        assertEquals("DEPORTATION", answer.getString(diplomats + "targets[0].event.kind"));
        assertEquals("2020", answer.getString(diplomats + "date.text"));
        assertThat(answer.getString(diplomats + "citations[0].quote"), startsWith("American diplomats saved 13 defectors"));
        assertEquals("The World Is Turning Its Back on North Korean Refugees", answer.getString(diplomats + "citations[0].source.title"));

        String eu = "data.interventions.nodes.find { it.actor.name == 'Human rights organizations based in the EU' }.";
        assertEquals(20, answer.getInt(eu + "targets[0].peopleProtected.best"));
        assertEquals("VNM", answer.getString(eu + "targets[0].event.location.code"));
        assertEquals("AVERTED", answer.getString(eu + "prevented[0].status"));
        assertThat(answer.getString(eu + "citations[0].quote"), containsString("saved 20 more defectors in Vietnam"));
        assertEquals("The Heritage Foundation", answer.getString(eu + "citations[0].source.publisher"));
    }

    @Test
    void filtersByOutcome() {
        JsonPath failed = ok("interventions", "filter", Map.of("outcomes", List.of("FAILED")), "first", 100);
        List<List<String>> outcomes = failed.getList("data.interventions.nodes.targets.outcome");
        assertThat(outcomes.size(), greaterThanOrEqualTo(2));
        assertThat(outcomes, everyItem(hasItem("FAILED")));
        JsonPath after = ok("interventions", "filter", Map.of("outcomes", List.of("AFTER_THE_FACT")), "first", 100);
        List<List<String>> afterOutcomes = after.getList("data.interventions.nodes.targets.outcome");
        assertThat(afterOutcomes.size(), greaterThanOrEqualTo(7));
        assertThat(afterOutcomes, everyItem(hasItem("AFTER_THE_FACT")));
    }

    @Test
    void filtersByKind() {
        JsonPath answer = ok("interventions", "filter", Map.of("kinds", List.of("LEGISLATIVE_ACTION")));
        assertThat(answer.getList("data.interventions.nodes.kind"), everyItem(is("LEGISLATIVE_ACTION")));
        assertThat(answer.getList("data.interventions.nodes.title"), hasItem(containsString("European Parliament")));
    }

    @Test
    void filtersByActorCountryAndActorId() {
        JsonPath korean = ok("interventions", "filter", Map.of("actorCountries", List.of("kr")), "first", 100);
        List<String> codes = korean.getList("data.interventions.nodes.actor.country.code");
        assertThat(codes.size(), greaterThanOrEqualTo(3));
        assertThat(codes, everyItem(is("KOR")));

        String actorId = korean.getString("data.interventions.nodes[0].actor.id");
        JsonPath byActor = ok("interventions", "filter", Map.of("actorIds", List.of(actorId)), "first", 100);
        assertThat(byActor.getList("data.interventions.nodes.actor.id"), everyItem(is(actorId)));
        assertThat(byActor.getList("data.interventions.nodes").size(), greaterThanOrEqualTo(1));
    }

    @Test
    void filtersByDateRangeOverlap() {
        JsonPath answer = ok("interventions", "filter", Map.of("from", "2023-01-01", "to", "2023-12-31"), "first", 100);
        List<String> starts = answer.getList("data.interventions.nodes.date.start");
        List<String> ends = answer.getList("data.interventions.nodes.date.end");
        assertEquals(4, starts.size(), "four interventions in 2023: the prime minister, the ministry, UN experts, Congress");
        assertThat(starts, everyItem(lessThanOrEqualTo("2023-12-31")));
        assertThat(ends, everyItem(greaterThanOrEqualTo("2023-01-01")));
    }

    @Test
    void pagesLatestFirstAndLinksTargetsBothWays() {
        JsonPath answer = ok("interventions", "first", 100);
        List<String> starts = answer.getList("data.interventions.nodes.date.start");
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i), lessThanOrEqualTo(starts.get(i - 1)));
        }
        List<String> ids = answer.getList("data.interventions.nodes.id");
        List<List<String>> targetOwners = answer.getList("data.interventions.nodes.targets.intervention.id");
        for (int i = 0; i < ids.size(); i++) {
            assertThat(targetOwners.get(i), everyItem(is(ids.get(i))));
        }
        assertThat(answer.getInt("data.interventions.totalCount"), is(ids.size()));
    }

    @Test
    void eventListsTheInterventionsAimedAtIt() {
        JsonPath answer = ok("eventDetails", "filter",
                Map.of("locations", List.of("CHN"), "kinds", List.of("DEPORTATION"), "from", "2021-07-14", "to", "2021-07-14"));
        assertThat(answer.getList("data.events.nodes.interventions.intervention.actor.name").toString(),
                containsString("U.S. Department of State"));
        assertThat(answer.getList("data.events.nodes[0].interventions.outcome"), contains("AFTER_THE_FACT"));
        assertThat(answer.getList("data.events.nodes[0].interventions.outcome"), not(hasItem("PREVENTED")));
    }
}
