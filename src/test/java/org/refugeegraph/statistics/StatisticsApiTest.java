package org.refugeegraph.statistics;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class StatisticsApiTest {

    /** Arrivals in South Korea by year, Ministry of Unification (shared/data/facts.md section 2), 2025 from spnews. */
    private static final int[][] ARRIVALS = {
            {2002, 1142}, {2003, 1285}, {2004, 1898}, {2005, 1384}, {2006, 2028}, {2007, 2554}, {2008, 2803},
            {2009, 2914}, {2010, 2402}, {2011, 2706}, {2012, 1502}, {2013, 1514}, {2014, 1397}, {2015, 1275},
            {2016, 1418}, {2017, 1127}, {2018, 1137}, {2019, 1047}, {2020, 229}, {2021, 63}, {2022, 67},
            {2023, 196}, {2024, 236}, {2025, 223}};

    @Test
    void arrivalsInSouthKoreaPerYearReproduceTheMinistryOfUnificationSeries() {
        JsonPath answer = ok("statistics", "groupBy", List.of("YEAR"),
                "filter", Map.of("kinds", List.of("RESETTLEMENT"), "destinations", List.of("KOR")));
        List<Integer> years = answer.getList("data.statistics.year");
        List<Integer> people = answer.getList("data.statistics.people.best");
        Map<Integer, Integer> series = new LinkedHashMap<>();
        for (int i = 0; i < years.size(); i++) {
            series.put(years.get(i), people.get(i));
        }
        Map<Integer, Integer> expected = new LinkedHashMap<>();
        for (int[] row : ARRIVALS) {
            expected.put(row[0], row[1]);
        }
        assertEquals(expected, series, "the 2021 quarter is part of the 2021 total and not counted twice");
        assertThat(answer.getList("data.statistics.events"), everyItem(is(1)));
        assertThat(answer.getList("data.statistics.people.qualifier"), everyItem(is("EXACT")));
        assertNull(answer.get("data.statistics[0].destination"));
    }

    @Test
    void deportationsPerYearAndDestination() {
        JsonPath answer = ok("statistics", "groupBy", List.of("YEAR", "DESTINATION"),
                "filter", Map.of("kinds", List.of("DEPORTATION"), "statuses", List.of("CARRIED_OUT")));
        String china2023 = "data.statistics.find { it.year == 2023 && it.destination?.code == 'PRK' }.";
        assertEquals(2, answer.getInt(china2023 + "events"),
                "29 August to 18 September (80 and 40, counted in the whole, not in its parts), more than 500 on 10-09");
        assertEquals(620, answer.getInt(china2023 + "people.best"));
        assertEquals("AT_LEAST", answer.getString(china2023 + "people.qualifier"));
        assertNull(answer.get(china2023 + "people.high"), "'more than 500' has no upper bound");

        String vietnam2019 = "data.statistics.find { it.year == 2019 && it.destination == null }.";
        assertThat(answer.getInt(vietnam2019 + "events"), greaterThanOrEqualTo(1));
        List<Integer> years = answer.getList("data.statistics.year");
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i), greaterThanOrEqualTo(years.get(i - 1)));
        }
    }

    @Test
    void groupsBySeveralDimensionsAtOnce() {
        JsonPath answer = ok("statistics", "groupBy", List.of("KIND", "LOCATION", "PERPETRATOR"));
        List<Map<String, Object>> buckets = answer.getList("data.statistics");
        int total = ok("events").getInt("data.events.totalCount");
        int counted = answer.getList("data.statistics.events", Integer.class).stream().mapToInt(Integer::intValue).sum();
        // left out: the 2021 quarter and the two returns of 2023 that are parts of larger events, and the Heritage
        // article's two prevented deportations that are probably the Lang Son group (sameAs)
        assertEquals(total - 5, counted, "every event once, but parts of larger events and probable duplicates");
        String chinaDeportations = "data.statistics.find { it.kind == 'DEPORTATION' && it.location?.code == 'CHN' }.";
        assertEquals("Government of China", answer.getString(chinaDeportations + "perpetrator.name"));
        // 2012, 2014, 2021, 2023 (29 August to 18 September, its two parts left out), 2023-10-09, 2024
        assertThat(answer.getInt(chinaDeportations + "events"), greaterThanOrEqualTo(6));
        assertThat(buckets.size(), greaterThanOrEqualTo(8));

        JsonPath all = ok("statistics", "groupBy", List.of());
        assertEquals(1, all.getList("data.statistics").size());
        assertEquals(total - 5, all.getInt("data.statistics[0].events"));
        assertThat(all.getString("data.statistics[0].people.text"), notNullValue());
    }

    @Test
    void eventsWithoutANumberCountAsEventsNotAsPeople() {
        JsonPath borders = ok("statistics", "groupBy", List.of("KIND"), "filter", Map.of("kinds", List.of("BORDER_MEASURE")));
        assertEquals(1, borders.getInt("data.statistics[0].events"));
        assertNull(borders.get("data.statistics[0].people.best"));
        assertEquals("AT_LEAST", borders.getString("data.statistics[0].people.qualifier"));
    }

    @Test
    void unknownDimensionIsAValidationError() {
        JsonPath answer = query("statistics", "groupBy", List.of("WEEKDAY"));
        assertThat(answer.getList("errors.message").toString(), org.hamcrest.Matchers.containsString("WEEKDAY"));
        assertThat(answer.getList("errors"), hasItem(notNullValue()));
    }
}
