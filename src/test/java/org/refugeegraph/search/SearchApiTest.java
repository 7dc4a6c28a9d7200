package org.refugeegraph.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.query;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchApiTest {

    @Test
    void vietnamDeportedFindsVietnameseDeportationsFirst() {
        JsonPath answer = ok("search", "text", "Vietnam deported");
        assertEquals("Event", answer.getString("data.search[0].__typename"));
        assertEquals("VNM", answer.getString("data.search[0].location.code"));
        assertEquals("DEPORTATION", answer.getString("data.search[0].eventKind"));
        assertThat(answer.getList("data.search").size(), greaterThanOrEqualTo(3));
    }

    @Test
    void humanRightsWatchFindsTheOrganisationFirst() {
        JsonPath answer = ok("search", "text", "Human Rights Watch");
        assertEquals("Actor", answer.getString("data.search[0].__typename"));
        assertEquals("Human Rights Watch", answer.getString("data.search[0].name"));
        assertThat(answer.getList("data.search.__typename").toString(), containsString("Source"));
    }

    @Test
    void diplomatsProtestFindsTheProtestOfUsDiplomatsFirst() {
        JsonPath answer = ok("search", "text", "diplomats protest");
        assertEquals("Intervention", answer.getString("data.search[0].__typename"));
        assertEquals("U.S. diplomats", answer.getString("data.search[0].actor.name"));
    }

    @Test
    void firstLimitsTheHits() {
        assertEquals(3, ok("search", "text", "North Koreans", "first", 3).getList("data.search").size());
        assertEquals(List.of(), ok("search", "text", "zzyzx").getList("data.search"));
    }

    @Test
    void emptyOrOverlongTextIsAValidationError() {
        for (String text : List.of("", "   ", "x".repeat(201))) {
            JsonPath answer = query("search", "text", text);
            assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertThat(answer.getString("errors[0].message"), containsString("1 to 200 characters"));
        }
        assertEquals("VALIDATION", query("search", "text", "China", "first", 0).getString("errors[0].extensions.code"));
    }
}
