package org.refugeegraph.country;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CountryApiTest {

    @Test
    void listsEveryIsoCountryWithBothCodes() {
        JsonPath answer = ok("countries");
        List<String> alpha3 = answer.getList("data.countries.code");
        assertEquals(249, alpha3.size());
        assertEquals(249, new HashSet<>(alpha3).size());
        assertThat(alpha3, hasItems("PRK", "KOR", "CHN", "VNM", "THA", "LAO", "USA"));
        assertEquals("KP", answer.getString("data.countries.find { it.code == 'PRK' }.alpha2"));
        assertEquals("North Korea", answer.getString("data.countries.find { it.code == 'PRK' }.name"));
    }

    @Test
    void findsACountryByEitherCodeInAnyCase() {
        String byAlpha2 = ok("country", "code", "cn").getString("data.country.id");
        JsonPath byAlpha3 = ok("country", "code", "CHN");
        assertEquals(byAlpha2, byAlpha3.getString("data.country.id"));
        assertEquals("China", byAlpha3.getString("data.country.name"));
        assertEquals("CN", byAlpha3.getString("data.country.alpha2"));
    }

    @Test
    void linksTreatyParticipationsWithTheirSources() {
        JsonPath china = ok("country", "code", "CHN");
        assertEquals("1982-09-24",
                china.getString("data.country.treatyParticipations.find { it.treaty.shortName == 'Refugee Convention' }.since"));
        assertThat(china.getList("data.country.treatyParticipations.treaty.shortName"),
                hasItems("Refugee Convention", "1967 Protocol", "Convention against Torture"));
        assertThat(china.getList("data.country.treatyParticipations.find { it.treaty.shortName == 'Refugee Convention' }.citations.source.title"),
                hasItem("The World Is Turning Its Back on North Korean Refugees"));
        JsonPath northKorea = ok("country", "code", "PRK");
        assertThat(northKorea.getList("data.country.treatyParticipations"), is(List.of()));
        assertThat(northKorea.getList("data.country.notPartyTo.treaty.shortName"),
                hasItems("Refugee Convention", "1967 Protocol", "Convention against Torture"));
        assertThat(china.getList("data.country.notPartyTo"), is(List.of()));
    }

    @Test
    void listsEventsByRoleAndKindAndTheCountrysActors() {
        JsonPath destination = ok("country", "code", "PRK", "role", "DESTINATION", "kinds", List.of("DEPORTATION"));
        List<String> destinations = destination.getList("data.country.events.nodes.destination.code");
        assertThat(destinations.size(), greaterThanOrEqualTo(8));
        assertThat(destinations, everyItem(is("PRK")));
        assertThat(destination.getList("data.country.events.nodes.kind"), everyItem(is("DEPORTATION")));
        assertEquals(destinations.size(), destination.getInt("data.country.events.totalCount"));

        JsonPath location = ok("country", "code", "VNM", "role", "LOCATION");
        List<String> locations = location.getList("data.country.events.nodes.location.code");
        assertThat(locations.size(), greaterThanOrEqualTo(4));
        assertThat(locations, everyItem(is("VNM")));
        JsonPath any = ok("country", "code", "VNM");
        assertThat(any.getInt("data.country.events.totalCount"), greaterThanOrEqualTo(location.getInt("data.country.events.totalCount")));

        JsonPath korea = ok("country", "code", "KOR");
        assertThat(korea.getList("data.country.actors.name"), hasItem("Ministry of Unification (South Korea)"));
    }
}
