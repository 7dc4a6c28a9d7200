package org.refugeegraph.examples;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
        String china = "data.treaties.find { it.shortName == 'Refugee Convention' }.parties.find { it.country.name == 'China' }.country.events.";
        assertThat(answer.getInt(china + "totalCount"), greaterThanOrEqualTo(5));
        assertThat(answer.getList(china + "nodes.people.text"), hasItem("about 50"));
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
    }

    @Test
    void search() {
        JsonPath answer = run("7-search");
        assertEquals("Vietnam", answer.getString("data.search[0].location.name"));
    }

    @Test
    void anEditorRecordsAFigureOnceHoweverOftenTheExampleRuns() throws IOException {
        Account editor = Accounts.create("EDITOR");
        Map<String, Object> variables = new ObjectMapper().readValue(loadFile("8-record-a-figure.variables.json"),
                new TypeReference<Map<String, Object>>() {
                });
        JsonPath first = runAs(editor, "8-record-a-figure", variables);
        String claim = first.getString("data.addCountClaim.claim.id");
        try {
            assertEquals("nearly 50", first.getString("data.addCountClaim.claim.count.text"));
            assertThat(first.getString("data.addCountClaim.claim.citation.quote"), containsString("nearly 50 North Koreans"));
            assertThat(first.getList("data.addCountClaim.event.claims.count.text"), hasItems("roughly 50", "nearly 50"));
            assertEquals("China deports about 50 North Koreans via Dandong-Sinuiju", first.getString("data.addCountClaim.event.title"));
            // Run again (a retry, a second click): its idempotency key returns the same claim and writes nothing.
            JsonPath again = runAs(editor, "8-record-a-figure", variables);
            assertEquals(claim, again.getString("data.addCountClaim.claim.id"));
            assertEquals(1, again.getList("data.addCountClaim.event.claims.count.text").stream().filter("nearly 50"::equals).count());
        } finally {
            // Leave the cited data set as the other tests read it.
            GraphQLClient.okAs(editor, "retract", "input", Map.of("id", claim, "reason", "Written by ExampleQueriesTest."));
        }
        // Anonymous: refused, nothing written.
        JsonPath anonymous = given().contentType(ContentType.JSON)
                .body(Map.of("query", load("8-record-a-figure"), "variables", variables)).post("/graphql").then().extract().jsonPath();
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
    }

    @Test
    void readmeShowsEachExampleAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String example : List.of("1-prevented-deportations", "2-deportations-by-refugee-convention-parties",
                "3-arrivals-in-south-korea-per-year", "4-everything-in-vietnam", "5-claims-about-arrivals-in-2021",
                "6-deportations-per-year-and-destination", "7-search", "8-record-a-figure")) {
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
