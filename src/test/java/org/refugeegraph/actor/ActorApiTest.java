package org.refugeegraph.actor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ActorApiTest {

    @Test
    void pagesActorsByName() {
        JsonPath all = ok("actors", "first", 100);
        List<String> names = all.getList("data.actors.nodes.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        // Write tests add actors of their own: the first page holds 100 of them at most.
        assertEquals(Math.min(100, all.getInt("data.actors.totalCount")), names.size());

        JsonPath firstPage = ok("actors", "first", 5);
        JsonPath secondPage = ok("actors", "first", 5, "after", firstPage.getString("data.actors.pageInfo.endCursor"));
        assertEquals(names.subList(5, 10), secondPage.getList("data.actors.nodes.name"));
        assertTrue(secondPage.getBoolean("data.actors.pageInfo.hasPreviousPage"));
    }

    @Test
    void filtersByKindAndLinksWhatActorsDid() {
        JsonPath governments = ok("actors", "kind", "GOVERNMENT", "first", 100);
        assertThat(governments.getList("data.actors.nodes.kind"), everyItem(is("GOVERNMENT")));
        String china = "data.actors.nodes.find { it.name == 'Government of China' }.";
        assertEquals("CHN", governments.getString(china + "country.code"));
        assertThat(governments.getInt(china + "perpetrated.totalCount"), greaterThanOrEqualTo(5));

        JsonPath missions = ok("actors", "kind", "DIPLOMATIC_MISSION", "first", 100);
        String diplomats = "data.actors.nodes.find { it.name == 'U.S. diplomats' }.";
        assertEquals(1, missions.getInt(diplomats + "interventions.totalCount"));
        assertEquals(0, missions.getInt(diplomats + "perpetrated.totalCount"));
    }
}
