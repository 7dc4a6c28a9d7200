package org.refugeegraph.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** GET /export/events.csv and /export/events.json over HTTP, against the cited data set. */
@QuarkusTest
class EventExportResourceTest {
    static final String HERITAGE = "The World Is Turning Its Back on North Korean Refugees";
    static final String HERITAGE_URL = "https://www.heritage.org/asia/commentary/the-world-turning-its-back-north-korean-refugees";
    /** The CSV header and the JSON keys, in order: what spreadsheets and scripts of our readers rely on. */
    static final List<String> COLUMNS = List.of("id", "kind", "status", "title", "date", "date_start", "date_end",
            "location", "origin", "destination", "perpetrator", "people_best", "people_low", "people_high",
            "people_qualifier", "people_text", "source_titles", "source_urls");

    @Test
    void csvHasAHeaderAndOneRowPerEventWithItsPreferredCountAndSources() {
        String body = given().when().get("/export/events.csv")
                .then().statusCode(200)
                .contentType(equalTo("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"events.csv\"")
                .extract().asString();
        assertTrue(body.startsWith(String.join(",", COLUMNS) + "\r\n"), "the header, then CRLF");
        List<List<String>> rows = parseCsv(body);
        assertEquals(COLUMNS, rows.get(0));
        assertEquals(graphqlEventIds(Map.of()).size(), rows.size() - 1, "one row per event");
        assertThat("every row has every column", rows.stream().map(List::size).distinct().toList(), is(List.of(18)));

        List<String> china = rows.stream().filter(r -> r.get(3).equals("China deports about 50 North Koreans via Dandong-Sinuiju"))
                .findFirst().orElseThrow();
        assertEquals(List.of("DEPORTATION", "CARRIED_OUT"), china.subList(1, 3));
        assertEquals(List.of("2021-07-14", "2021-07-14", "2021-07-14", "CHN", "PRK", "PRK", "Government of China", "50"),
                china.subList(4, 12));
        assertEquals("nearly 50", china.get(15));
        assertThat(china.get(16), containsString(HERITAGE));
        assertThat(china.get(17), containsString(HERITAGE_URL));
    }

    @Test
    void csvQuotesATitleWithACommaAndDoublesNothingElse() {
        String body = given().queryParam("kinds", "DEPORTATION").queryParam("statuses", "AVERTED")
                .when().get("/export/events.csv").then().statusCode(200).extract().asString();
        assertThat(body, containsString(",\"Planned deportation of 13 North Korean defectors, stopped by U.S. diplomats\","));
        assertTrue(body.endsWith("\r\n"), "lines end with CRLF");
        assertThat(parseCsv(body).stream().map(r -> r.get(3)).toList(),
                hasItem("Planned deportation of 13 North Korean defectors, stopped by U.S. diplomats"));
    }

    @Test
    void jsonIsAnArrayOfObjectsWithSourceLists() {
        String body = given().queryParam("kinds", "DEPORTATION").queryParam("locations", "CHN")
                .queryParam("from", "2021-07-14").queryParam("to", "2021-07-14")
                .when().get("/export/events.json")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        assertTrue(body.endsWith("}]\n"), "the array, then a line end");
        JsonPath json = JsonPath.from(body);
        assertEquals(1, json.getList("$").size());
        assertEquals("China deports about 50 North Koreans via Dandong-Sinuiju", json.getString("[0].title"));
        assertEquals(50, json.getInt("[0].people_best"));
        assertEquals("APPROXIMATE", json.getString("[0].people_qualifier"));
        assertThat(json.getList("[0].source_titles"), hasItem(HERITAGE));
        assertThat(json.getList("[0].source_urls"), hasItem(HERITAGE_URL));
        assertEquals(json.getList("[0].source_titles").size(), json.getList("[0].source_urls").size());
        assertEquals(COLUMNS, new ArrayList<>(json.getMap("[0]").keySet()));
    }

    /** The export selects exactly what the GraphQL API's events(filter:) selects. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "kinds=DEPORTATION",
            "kinds=ARREST,DETENTION",
            "statuses=AVERTED",
            "countries=VN",
            "locations=CHN&kinds=DEPORTATION&from=2020-01-01",
            "destinations=KOR&from=2021-01-01&to=2021-12-31",
            "minPeople=100",
            "hasIntervention=true",
            "hasIntervention=false&kinds=DEPORTATION" })
    void selectsTheSameEventsAsTheGraphQLFilter(String query) {
        Map<String, Object> filter = new java.util.HashMap<>();
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            params.put(nameValue[0], nameValue[1]);
            filter.put(nameValue[0], switch (nameValue[0]) {
                case "minPeople" -> Integer.valueOf(nameValue[1]);
                case "hasIntervention" -> Boolean.valueOf(nameValue[1]);
                case "from", "to" -> nameValue[1];
                default -> List.of(nameValue[1].split(","));
            });
        }
        List<String> exported = given().queryParams(params).when().get("/export/events.json")
                .then().statusCode(200).extract().jsonPath().getList("id");
        Set<String> expected = graphqlEventIds(filter);
        assertThat(expected.size(), greaterThan(0));
        assertEquals(expected, new HashSet<>(exported), query);
        assertEquals(exported.size(), new HashSet<>(exported).size(), "no event twice");
    }

    @Test
    void listParametersMayBeRepeatedOrCommaSeparated() {
        String repeated = given().queryParam("kinds", "ARREST", "DETENTION").when().get("/export/events.csv")
                .then().statusCode(200).extract().asString();
        String commas = given().queryParam("kinds", "arrest,detention").when().get("/export/events.csv")
                .then().statusCode(200).extract().asString();
        assertEquals(repeated, commas);
        assertThat(parseCsv(repeated).size(), greaterThan(2));
        assertThat(parseCsv(repeated).stream().skip(1).map(r -> r.get(1)).toList(), everyItem(is(in("ARREST", "DETENTION"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "countries=XYZ;Unknown country code 'XYZ'",
            "locations=C1;Malformed country code 'C1'",
            "from=2021-13-01;Malformed date '2021-13-01' in from",
            "to=14.07.2021;Malformed date '14.07.2021' in to",
            "from=2022-01-01&to=2021-01-01;is after",
            "kinds=FOO;Unknown value 'FOO' in kinds",
            "statuses=DONE;Unknown value 'DONE' in statuses",
            "minPeople=many;Malformed number 'many' in minPeople",
            "minPeople=-1;must not be negative",
            "hasIntervention=maybe;use true or false",
            "perpetratorIds=nonsense;Malformed id 'nonsense'",
            "country=CHN;Unknown parameter 'country'",
            "from=2021-01-01&from=2022-01-01;given 2 times" })
    void badParametersAreA400WithAMessage(String query, String message) {
        for (String format : List.of("csv", "json")) {
            given().when().get("/export/events." + format + "?" + query)
                    .then().statusCode(400)
                    .contentType(containsString("text/plain"))
                    .body(containsString(message));
        }
    }

    private static org.hamcrest.Matcher<String> in(String... values) {
        return org.hamcrest.Matchers.in(values);
    }

    private static Set<String> graphqlEventIds(Map<String, Object> filter) {
        String query = "query($filter: EventFilter, $after: String) { events(filter: $filter, first: 100, after: $after) "
                + "{ nodes { id } pageInfo { hasNextPage endCursor } } }";
        Set<String> ids = new HashSet<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("filter", filter);
            variables.put("after", after);
            JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                    .post("/graphql").then().statusCode(200).extract().jsonPath();
            assertTrue(answer.get("errors") == null, answer::prettify);
            ids.addAll(answer.getList("data.events.nodes.id"));
            after = answer.getBoolean("data.events.pageInfo.hasNextPage") ? answer.getString("data.events.pageInfo.endCursor") : null;
        } while (after != null);
        return ids;
    }

    /** Every record of a CSV text as its list of cells, the header first, read by Jackson's CSV parser. */
    static List<List<String>> parseCsv(String text) {
        try (MappingIterator<List<String>> records = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            return records.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
