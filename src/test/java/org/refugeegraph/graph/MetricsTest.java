package org.refugeegraph.graph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.load;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.query;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * /q/metrics in Prometheus's text format: GraphQL requests counted and timed per operation name and per the
 * answer's code, errors per code, and the connection pool. Other tests run requests too, so each check
 * compares the counts before and after its own requests.
 */
@QuarkusTest
class MetricsTest {

    @Test
    void countsAndTimesRequestsPerOperationAndCode() {
        String before = scrape();
        for (int i = 0; i < 3; i++) {
            ok("countries");
        }
        for (int i = 0; i < 2; i++) {
            query("country", "code", "ZZZ"); // NOT_FOUND
        }
        given().contentType(ContentType.JSON).body(Map.of("query", load("broken"))).post("/graphql").then().statusCode(200);
        String after = scrape();

        String countries = "graphql_requests_seconds_count{code=\"OK\",operation=\"Countries\",type=\"query\"}";
        assertEquals(3, delta(before, after, countries), countries);
        String notFound = "graphql_requests_seconds_count{code=\"NOT_FOUND\",operation=\"Country\",type=\"query\"}";
        assertEquals(2, delta(before, after, notFound), notFound);
        assertEquals(2, delta(before, after, "graphql_errors_total{code=\"NOT_FOUND\"}"));
        // A document that does not parse never chose an operation
        String parseFailed = "graphql_requests_seconds_count{code=\"GRAPHQL_PARSE_FAILED\",operation=\"unknown\",type=\"unknown\"}";
        assertEquals(1, delta(before, after, parseFailed), parseFailed);

        // Latency: a sum of seconds and a histogram whose buckets Prometheus turns into quantiles
        double seconds = delta(before, after, "graphql_requests_seconds_sum{code=\"OK\",operation=\"Countries\",type=\"query\"}");
        assertTrue(seconds > 0 && seconds < 60, "3 requests took " + seconds + " s");
        assertEquals(3, delta(before, after,
                "graphql_requests_seconds_bucket{code=\"OK\",operation=\"Countries\",type=\"query\",le=\"+Inf\"}"));
    }

    @Test
    void showsTheConnectionPool() {
        ok("countries");
        String metrics = scrape();
        double active = value(metrics, "agroal_active_count{datasource=\"default\"}");
        double idle = value(metrics, "agroal_available_count{datasource=\"default\"}");
        double max = value(metrics, "agroal_max_used_count{datasource=\"default\"}");
        assertTrue(active >= 0 && idle >= 0 && max >= 1, "active " + active + ", idle " + idle + ", max used " + max);
        assertTrue(active + idle >= 1, "a request has been answered, so the pool holds a connection");
    }

    @Test
    void countsRequestsRefusedBeforeGraphqlByStatus() {
        String series = "http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\",status=\"400\",uri=\"/graphql\"}";
        String before = scrape();
        given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then().statusCode(400);
        assertEquals(1, delta(before, scrape(), series), series);
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double delta(String before, String after, String series) {
        return value(after, series) - value(before, series);
    }

    /** The value of one series (name and labels as Prometheus writes them, in its order); 0 if it is not there. */
    static double value(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
