package org.refugeegraph.treaty;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
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
        String vietnam = "data.treaties.find { it.shortName == 'Convention against Torture' }.parties.find { it.country.code == 'VNM' }.";
        assertEquals("2015-02-05", answer.getString(vietnam + "since"));
        assertEquals("DAY", answer.getString(vietnam + "sincePrecision"));
        assertEquals("2015-03-07", answer.getString(vietnam + "inForceOn"));
        String russia = "data.treaties.find { it.shortName == 'Refugee Convention' }.parties.find { it.country.code == 'RUS' }.";
        assertEquals("YEAR", answer.getString(russia + "sincePrecision"), "the sources give 1993 only");
        String korea = "data.treaties.find { it.shortName == 'Refugee Convention' }.parties.find { it.country.code == 'KOR' }.";
        assertEquals(List.of("1992-12-01", "MONTH"), List.of(answer.getString(korea + "since"), answer.getString(korea + "sincePrecision")));
        assertThat(refugeeConvention, hasItems("JPN", "KHM", "RUS"));
        assertThat(answer.getList("data.treaties.parties.status.flatten()"), not(hasItem("NOT_A_PARTY")));
    }

    @Test
    void notBeingAPartyIsACitedFactNotAMissingRow() {
        JsonPath answer = ok("treaties");
        String refugeeConvention = "data.treaties.find { it.shortName == 'Refugee Convention' }.nonParties";
        assertThat(answer.getList(refugeeConvention + ".country.code"), hasItems("THA", "VNM", "LAO", "MNG", "PRK", "USA"));
        assertThat(answer.getList(refugeeConvention + ".status"), everyItem(is("NOT_A_PARTY")));
        assertThat(answer.getList(refugeeConvention + ".citations"), everyItem(not(empty())));
        assertEquals("Thailand is not a signatory to the 1951 Refugee Convention and does not have specific asylum legislation.",
                answer.getString(refugeeConvention + ".find { it.country.code == 'THA' }.citations[0].quote"));
        assertThat(answer.getString(refugeeConvention + ".find { it.country.code == 'PRK' }.note"), startsWith("Unverified"));
        assertEquals(List.of("PRK"), answer.getList("data.treaties.find { it.shortName == 'Convention against Torture' }.nonParties.country.code"));
        assertThat(answer.getList("data.treaties.find { it.shortName == '1967 Protocol' }.nonParties.country.code"), not(hasItem("USA")));
    }
}
