package org.refugeegraph.source;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SourceApiTest {

    @Test
    void everySourceWithItsCitedPassages() {
        JsonPath answer = ok("sources", "first", 100);
        List<String> titles = answer.getList("data.sources.nodes.title");
        assertEquals(titles.size(), answer.getInt("data.sources.totalCount"));
        assertThat(titles.size(), greaterThanOrEqualTo(20));

        String heritage = "data.sources.nodes.find { it.publisher == 'The Heritage Foundation' }.";
        assertEquals(List.of("Olivia Enos", "Patrick Coe"), answer.getList(heritage + "authors"));
        assertEquals("2021-08-19", answer.getString(heritage + "publishedOn"));
        assertThat(answer.getString(heritage + "url"), startsWith("https://www.heritage.org/"));
        assertThat(answer.getList(heritage + "citations.quote"),
                hasItem("American diplomats saved 13 defectors after protesting plans for their deportation in 2020."));
        assertThat(answer.getList(heritage + "citations").size(), greaterThanOrEqualTo(10));
    }
}
