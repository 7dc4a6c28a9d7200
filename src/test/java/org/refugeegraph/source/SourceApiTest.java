package org.refugeegraph.source;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SourceApiTest {

    @Test
    void everySourceWithItsCitedPassages() throws Exception {
        // Write tests add sources of their own: read every page, as a client would.
        List<Map<String, Object>> sources = new ArrayList<>();
        JsonPath page = ok("sources", "first", 100);
        sources.addAll(page.getList("data.sources.nodes"));
        while (page.getBoolean("data.sources.pageInfo.hasNextPage")) {
            page = ok("sources", "first", 100, "after", page.getString("data.sources.pageInfo.endCursor"));
            sources.addAll(page.getList("data.sources.nodes"));
        }
        assertEquals(sources.size(), page.getInt("data.sources.totalCount"));
        assertThat(sources.size(), greaterThanOrEqualTo(20));

        JsonPath answer = new JsonPath(new ObjectMapper().writeValueAsString(Map.of("nodes", sources)));
        String heritage = "nodes.find { it.publisher == 'The Heritage Foundation' }.";
        assertEquals(List.of("Olivia Enos", "Patrick Coe"), answer.getList(heritage + "authors"));
        assertEquals("2021-08-19", answer.getString(heritage + "publishedOn"));
        assertThat(answer.getString(heritage + "url"), startsWith("https://www.heritage.org/"));
        assertThat(answer.getList(heritage + "citations.quote"),
                hasItem("American diplomats saved 13 defectors after protesting plans for their deportation in 2020."));
        assertThat(answer.getList(heritage + "citations").size(), greaterThanOrEqualTo(10));
    }
}
