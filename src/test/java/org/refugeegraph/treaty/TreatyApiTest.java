package org.refugeegraph.treaty;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TreatyApiTest {

    @Test
    void treatiesWithTheirParties() {
        JsonPath answer = ok("treaties");
        assertEquals(List.of("Refugee Convention", "1967 Protocol", "Convention against Torture"),
                answer.getList("data.treaties.shortName"));
        List<String> refugeeConvention = answer.getList("data.treaties.find { it.shortName == 'Refugee Convention' }.parties.country.code");
        assertThat(refugeeConvention, hasItems("CHN", "KOR"));
        for (String notParty : List.of("THA", "VNM", "LAO", "PRK", "USA")) {
            assertThat(refugeeConvention, not(hasItem(notParty)));
        }
        assertThat(answer.getList("data.treaties.find { it.shortName == '1967 Protocol' }.parties.country.code"), hasItem("USA"));
        List<String> torture = answer.getList("data.treaties.find { it.shortName == 'Convention against Torture' }.parties.country.code");
        assertThat(torture, hasItems("RUS", "CHN", "KHM", "USA", "KOR", "JPN", "MNG", "THA", "LAO", "VNM"));
        assertThat(torture, not(hasItem("PRK")));
        assertEquals("YEAR", answer.getString(
                "data.treaties.find { it.shortName == 'Convention against Torture' }.parties.find { it.country.code == 'VNM' }.sincePrecision"));
    }
}
