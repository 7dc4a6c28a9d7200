package org.refugeegraph.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The story page over HTTP: linked from / and /graphiql, its scripts from this server only, and its queries served
 * exactly as kept in examples/story/, each answering without errors. The browser checks are StoryBrowserTest's.
 */
@QuarkusTest
class StoryPageTest {
    static final Path QUERIES = Path.of("src/main/resources/examples/story");

    @Test
    void isLinkedFromTheRootAndFromGraphiql() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/graphiql"))
                .body(containsString("href=\"/story\""));
        given().get("/graphiql").then().statusCode(200).body(containsString("href=\"/story\""));
    }

    @Test
    void loadsEveryScriptAndStylesheetFromThisServer() {
        String page = given().get("/story").then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
        int scripts = 0;
        while (assets.find()) {
            String url = assets.group(1);
            assertTrue(url.startsWith("/") && !url.startsWith("//") || url.startsWith("data:"), "no asset from another host: " + url);
            if (url.endsWith(".js") || url.endsWith(".css")) {
                given().get(url).then().statusCode(200);
                scripts++;
            }
        }
        assertTrue(page.contains("/webjars/echarts/dist/echarts.min.js") && page.contains("/story/story.js") && scripts >= 3, page);
    }

    @Test
    void servesItsQueriesAsKeptInExamplesStoryAndEachAnswers() throws IOException {
        JsonPath served = given().get("/story/queries.json").then().statusCode(200).extract().jsonPath();
        Map<String, String> queries = served.getMap("$");
        assertEquals(List.of("deportations", "arrivals", "prevented", "node"), List.copyOf(queries.keySet()));
        List<String> files;
        try (Stream<Path> list = Files.list(QUERIES)) {
            files = list.filter(f -> f.toString().endsWith(".graphql")).map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(files.size(), queries.size(), "index.txt names every .graphql file of examples/story/");
        for (String file : files) {
            String text = Files.readString(QUERIES.resolve(file));
            assertTrue(queries.containsValue(text), file + " is served as written");
        }
        String someId = null;
        for (String view : List.of("deportations", "arrivals", "prevented")) {
            List<String> ids = answer(queries.get(view), Map.of())
                    .getList("data." + (view.equals("prevented") ? "interventions" : "events") + ".nodes.id");
            assertTrue(!ids.isEmpty(), view + " has something to show");
            someId = ids.get(0);
        }
        assertEquals(someId, answer(queries.get("node"), Map.of("id", someId)).getString("data.node.id"), "a mark's own query");
    }

    private static JsonPath answer(String query, Map<String, Object> variables) {
        JsonPath answer = given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(answer.get("errors"), query + ": " + answer.prettify());
        return answer;
    }
}
