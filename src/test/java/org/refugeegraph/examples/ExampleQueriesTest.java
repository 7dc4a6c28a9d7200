package org.refugeegraph.examples;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient;
import org.refugeegraph.GraphQLClient.Account;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The example queries a journalist pastes from the README answer what they promise. */
@QuarkusTest
class ExampleQueriesTest {

    @Test
    void preventedDeportations() {
        JsonPath answer = run("1-prevented-deportations");
        assertEquals(2, answer.getInt("data.interventions.totalCount"));
        assertThat(answer.getList("data.interventions.nodes.targets.peopleProtected.best").toString(), containsString("13"));
        assertThat(answer.getList("data.interventions.nodes.targets.peopleProtected.best").toString(), containsString("20"));
    }

    @Test
    void deportationsByRefugeeConventionParties() {
        JsonPath answer = run("2-deportations-by-refugee-convention-parties");
        String dandong = "data.events.nodes.find { it.title == 'China deports about 50 North Koreans via Dandong-Sinuiju' }.";
        assertEquals("nearly 50", answer.getString(dandong + "people.text"));
        assertThat(answer.getList(dandong + "obligationsAtStake.treaty.shortName"), hasItems("Refugee Convention", "Convention against Torture"));
        // Vietnam is no party to the Refugee Convention; the Convention against Torture is in force for it from 2015-03-07
        String monCai = "data.events.nodes.find { it.title == 'Vietnam hands nine North Koreans detained at Mong Cai to Chinese police' }.";
        assertEquals(List.of("Convention against Torture"), answer.getList(monCai + "obligationsAtStake.treaty.shortName"));
        assertEquals("2015-03-07", answer.getString(monCai + "obligationsAtStake[0].inForceOn"));
        assertThat(answer.getList("data.treaties.find { it.shortName == 'Refugee Convention' }.nonParties.country.name"),
                hasItems("Vietnam", "Thailand", "Laos", "Mongolia", "North Korea", "United States"));
    }

    @Test
    void arrivalsInSouthKoreaPerYear() {
        JsonPath answer = run("3-arrivals-in-south-korea-per-year");
        String year2019 = "data.events.nodes.find { it.date.text == '2019' }.";
        assertEquals(1047, answer.getInt(year2019 + "people.best"));
        assertThat(answer.getList("data.events.nodes.date.text"), hasItems("2002", "2024", "2025", "2021-Q2"));
    }

    @Test
    void everythingInVietnam() {
        JsonPath answer = run("4-everything-in-vietnam");
        assertThat(answer.getInt("data.country.events.totalCount"), greaterThanOrEqualTo(4));
        assertThat(answer.getList("data.country.events.nodes.status"), hasItem("AVERTED"));
        assertThat(answer.getList("data.country.treatyParticipations.treaty.shortName"), hasItem("Convention against Torture"));
        assertThat(answer.getList("data.country.notPartyTo.treaty.shortName"), hasItems("Refugee Convention", "1967 Protocol"));
    }

    @Test
    void claimsAboutArrivalsIn2021() {
        JsonPath answer = run("5-claims-about-arrivals-in-2021");
        List<Integer> figures = answer.getList("data.events.nodes.claims.count.best.flatten()");
        assertThat(figures, hasItems(63, 1047, 2));
        assertThat(answer.getList("data.events.nodes.claims.citation.source.title.flatten()"),
                hasItem("The World Is Turning Its Back on North Korean Refugees"));
    }

    @Test
    void deportationsPerYearAndDestination() {
        JsonPath answer = run("6-deportations-per-year-and-destination");
        assertEquals(620, answer.getInt("data.statistics.find { it.year == 2023 && it.destination?.name == 'North Korea' }.people.best"));
        // the parts of 29 August to 18 September 2023 are counted in the whole, once
        assertEquals(2, answer.getInt("data.statistics.find { it.year == 2023 && it.destination?.name == 'North Korea' }.events"));
        assertEquals(31, answer.getInt("data.statistics.find { it.year == 2012 && it.destination?.name == 'North Korea' }.people.best"));
    }

    @Test
    void search() {
        JsonPath answer = run("7-search");
        assertEquals("Vietnam", answer.getString("data.search[0].location.name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void contestedFigures() {
        JsonPath answer = run("8-contested-figures");
        List<String> titles = answer.getList("data.events.nodes.title");
        assertThat(titles, hasItems("Group of North Koreans arrested in Lang Son, Vietnam", "China forcibly returns more than 500 North Koreans",
                "China returns North Koreans, 29 August to 18 September 2023", "China returns North Koreans caught in February 2012"));
        // the seed's two prevented deportations point at the Lang Son group, with the sources that say so
        for (String seed : List.of("Planned deportation of 13 North Korean defectors, stopped by U.S. diplomats",
                "Planned deportation of 20 North Korean defectors from Vietnam, stopped by EU-based human rights organizations")) {
            String sameAs = "data.events.nodes.find { it.title == '" + seed + "' }.sameAs.";
            assertEquals("Group of North Koreans arrested in Lang Son, Vietnam", answer.getString(sameAs + "event.title"), seed);
            assertThat(answer.getString(sameAs + "note"), containsString("Lang Son"));
            assertThat(answer.getList(sameAs + "citations.source.publisher"), hasItem(anyOf(is("Reuters"), is("The Wall Street Journal"))));
        }
        // every event listed has a disputed claim or a sameAs; each claim list has exactly one preferred
        List<Map<String, Object>> events = answer.getList("data.events.nodes");
        for (Map<String, Object> event : events) {
            List<Map<String, Object>> claims = (List<Map<String, Object>>) event.get("claims");
            boolean disputedClaim = claims.stream().anyMatch(claim -> Boolean.TRUE.equals(claim.get("disputed")));
            assertTrue(disputedClaim || event.get("sameAs") != null || event.get("title").toString().contains("Lang Son"),
                    event.get("title") + " is contested");
        }
        assertTrue(answer.getInt("data.events.totalCount") < 40, "only the contested events, not all of them");
    }

    @Test
    void anEditorRecordsAFigureOnceHoweverOftenTheExampleRuns() throws IOException {
        Account editor = Accounts.create("EDITOR");
        Map<String, Object> variables = new ObjectMapper().readValue(loadFile("9-record-a-figure.variables.json"),
                new TypeReference<Map<String, Object>>() {
                });
        JsonPath first = runAs(editor, "9-record-a-figure", variables);
        String claim = first.getString("data.addCountClaim.claim.id");
        try {
            assertEquals("nearly 50", first.getString("data.addCountClaim.claim.count.text"));
            assertThat(first.getString("data.addCountClaim.claim.citation.quote"), containsString("nearly 50 North Koreans"));
            assertThat(first.getList("data.addCountClaim.event.claims.count.text"), hasItems("roughly 50", "nearly 50"));
            assertEquals("China deports about 50 North Koreans via Dandong-Sinuiju", first.getString("data.addCountClaim.event.title"));
            // Run again (a retry, a second click): its idempotency key returns the same claim and writes nothing.
            JsonPath again = runAs(editor, "9-record-a-figure", variables);
            assertEquals(claim, again.getString("data.addCountClaim.claim.id"));
            // Human Rights Watch's "nearly 50" is there already (V14); the example's own claim is Wikinews' and counts once
            assertEquals(1, again.getList("data.addCountClaim.event.claims.citation.source.publisher").stream()
                    .filter("Wikinews"::equals).count());
        } finally {
            // Leave the cited data set as the other tests read it.
            GraphQLClient.okAs(editor, "retract", "input", Map.of("id", claim, "reason", "Written by ExampleQueriesTest."));
        }
        // Anonymous: refused, nothing written.
        JsonPath anonymous = given().contentType(ContentType.JSON)
                .body(Map.of("query", load("9-record-a-figure"), "variables", variables)).post("/graphql").then().extract().jsonPath();
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
    }

    @Test
    void readmeShowsEachExampleAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String example : List.of("1-prevented-deportations", "2-deportations-by-refugee-convention-parties",
                "3-arrivals-in-south-korea-per-year", "4-everything-in-vietnam", "5-claims-about-arrivals-in-2021",
                "6-deportations-per-year-and-destination", "7-search", "8-contested-figures", "9-record-a-figure")) {
            assertTrue(readme.contains(load(example)), "README.md must show examples/" + example + ".graphql verbatim");
        }
    }

    private static JsonPath run(String example) {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("query", load(example)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), () -> example + ": " + answer.prettify());
        return answer;
    }

    private static JsonPath runAs(Account account, String example, Map<String, Object> variables) {
        JsonPath answer = given().auth().preemptive().basic(account.username(), account.password()).contentType(ContentType.JSON)
                .body(Map.of("query", load(example), "variables", variables))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), () -> example + ": " + answer.prettify());
        return answer;
    }

    static String load(String example) {
        return loadFile(example + ".graphql");
    }

    private static String loadFile(String file) {
        try (InputStream in = ExampleQueriesTest.class.getResourceAsStream("/examples/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
