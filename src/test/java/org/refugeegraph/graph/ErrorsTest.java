package org.refugeegraph.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Bad input gets a GraphQL error with a code and a message that says what to do; never a 500 or a stack trace. */
@QuarkusTest
class ErrorsTest {

    @Test
    void unknownIdIsNotFound() {
        String nobody = Base64.getUrlEncoder().withoutPadding().encodeToString("Event:999999".getBytes(StandardCharsets.UTF_8));
        JsonPath answer = query("node", "id", nobody);
        assertError(answer, "NOT_FOUND", "No Event");
        assertEquals(null, answer.getString("data.node"));
    }

    @Test
    void malformedIdsAreValidationErrors() {
        assertError(query("node", "id", "not-an-id!"), "VALIDATION", "Malformed id");
        String wrongType = Base64.getUrlEncoder().withoutPadding().encodeToString("Planet:1".getBytes(StandardCharsets.UTF_8));
        assertError(query("node", "id", wrongType), "VALIDATION", "Malformed id");
        String country = ok("country", "code", "CN").getString("data.country.id");
        assertError(query("events", "filter", Map.of("perpetratorIds", List.of(country))), "VALIDATION", "expected a Actor id");
    }

    @Test
    void malformedOrForeignCursorsAreValidationErrors() {
        assertError(query("events", "after", "garbage"), "VALIDATION", "Malformed cursor");
        String cursorFromDates = ok("events", "first", 1).getString("data.events.pageInfo.endCursor");
        assertError(query("events", "after", cursorFromDates, "orderBy", Map.of("field", "PEOPLE", "direction", "DESC")),
                "VALIDATION", "another list or ordering");
        String forgedKey = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("event:DATE:DESC|not-a-date|5".getBytes(StandardCharsets.UTF_8));
        assertError(query("events", "after", forgedKey), "VALIDATION", "Malformed cursor");
    }

    @Test
    void pageSizesOutsideZeroToHundredAreValidationErrors() {
        assertError(query("events", "first", 1000), "VALIDATION", "between 0 and 100");
        assertError(query("actorsPage", "last", -1), "VALIDATION", "between 0 and 100");
        assertError(query("actorsPage", "first", 2, "last", 2), "VALIDATION", "either first or last");
        JsonPath empty = ok("events", "first", 0);
        assertEquals(List.of(), empty.getList("data.events.nodes"));
        assertEquals(true, empty.getBoolean("data.events.pageInfo.hasNextPage"));
    }

    @Test
    void unknownCountryCodesAreErrors() {
        assertError(query("events", "filter", Map.of("countries", List.of("XX"))), "VALIDATION", "Unknown country code 'XX'");
        assertError(query("events", "filter", Map.of("locations", List.of("C1N"))), "VALIDATION", "Malformed country code");
        JsonPath answer = query("country", "code", "ZZZ");
        assertError(answer, "NOT_FOUND", "No country with code 'ZZZ'");
    }

    @Test
    void inconsistentFiltersAreValidationErrors() {
        assertError(query("events", "filter", Map.of("from", "2022-01-01", "to", "2021-01-01")), "VALIDATION", "is after");
        assertError(query("events", "filter", Map.of("minPeople", -5)), "VALIDATION", "must not be negative");
    }

    @Test
    void invalidQueriesAreAnsweredWithErrorsNotServerFailures() {
        JsonPath broken = query("broken");
        assertThat(broken.getString("errors[0].message"), notNullValue());
        assertEquals("GRAPHQL_PARSE_FAILED", broken.getString("errors[0].extensions.code"));
        assertEquals(null, broken.getString("errors[0].extensions.classification"));
        JsonPath unknownField = query("unknownField");
        assertThat(unknownField.getString("errors[0].message"), containsString("victims"));

        String wrongVariableType = given().contentType(ContentType.JSON)
                .body(Map.of("query", org.refugeegraph.GraphQLClient.load("events"), "variables", Map.of("first", "many")))
                .post("/graphql").then().statusCode(200).extract().asString();
        assertThat(wrongVariableType, containsString("errors"));
        assertThat(wrongVariableType, containsString("not a valid 'Int'"));
        assertThat(wrongVariableType, not(containsString("java.")));

        // Not a GraphQL request at all: 400, as GraphQL over HTTP says (graph/GraphQLOverHttp)
        String malformedJson = given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql")
                .then().statusCode(400).extract().asString();
        assertThat(malformedJson, containsString("errors"));
        assertThat(malformedJson, not(containsString("java.")));
    }

    private static void assertError(JsonPath answer, String code, String message) {
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer.prettify());
        assertThat(answer.getString("errors[0].message"), containsString(message));
        assertThat(answer.prettify(), not(containsString("at org.")));
    }
}
