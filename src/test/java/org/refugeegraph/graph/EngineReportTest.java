package org.refugeegraph.graph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.refugeegraph.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * /q/health reports every part of our GraphQL engine as active. Answers stay correct without a part (only slower), so
 * this is what shows that one went missing, e.g. a services file left out of the native binary ({@code EngineReportIT}
 * runs it against the jar, or the binary with -Dnative).
 */
@QuarkusTest
class EngineReportTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "lean fetchers on (\\d+) fields, getters on (\\d+) fields, loaded ahead below (\\d+) root fields");

    @Test
    void everyPartIsActive() {
        GraphQLClient.ok("treaties"); // SmallRye builds the engine at the first GraphQL request
        Map<String, Object> engine = engineCheck(health("/q/health/well"));
        assertEquals("UP", engine.get("status"), engine.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) engine.get("data"));
        Matcher summary = SUMMARY.matcher((String) data.remove("summary"));
        assertTrue(summary.matches(), summary.toString());
        // lower bounds, not exact counts, so that a new field does not break the test: today 36, over 100 and 10
        assertTrue(Integer.parseInt(summary.group(1)) >= 30, summary.group());
        assertTrue(Integer.parseInt(summary.group(2)) >= 100, summary.group());
        assertTrue(Integer.parseInt(summary.group(3)) >= 10, summary.group());
        assertEquals(Map.of("LeanEngine", "active", "QueryExecution", "active", "HttpRequestErrors", "active",
                "QueryLimits", "active", "RequestMetrics.Naming", "active", "GetterDataFetcherService", "active"), data);
    }

    @Test
    void theWholeHealthReportHasIt() {
        GraphQLClient.ok("treaties");
        JsonPath health = health("/q/health");
        assertEquals("UP", health.getString("status"), health.prettify());
        assertEquals("UP", engineCheck(health).get("status"));
    }

    /** The report whatever its status (DOWN answers 503), so that a failure shows which part is missing. */
    private static JsonPath health(String path) {
        return given().get(path).then().extract().jsonPath();
    }

    private static Map<String, Object> engineCheck(JsonPath health) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(check -> EngineReport.NAME.equals(check.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + EngineReport.NAME + " in " + checks));
    }
}
