package org.refugeegraph.graphiql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The GraphiQL page over HTTP: the redirect, its assets from this server only, and the example questions. */
@QuarkusTest
class GraphiqlPageTest {
    static final Path EXAMPLES = Path.of("src/main/resources/examples");

    @Test
    void rootRedirectsToGraphiql() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/graphiql"));
    }

    @Test
    void pageLinksTheMethodologyWhichTheServerServesAsText() throws java.io.IOException {
        String page = given().when().get("/graphiql").then().statusCode(200).extract().asString();
        assertThat(page, containsString("href=\"/docs/methodology.md\""));
        String served = given().when().get("/docs/methodology.md")
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asString();
        assertEquals(Files.readString(Path.of("docs/methodology.md")), served, "the repository's docs/methodology.md");
    }

    @Test
    void pageLoadsEveryScriptAndStylesheetFromThisServer() {
        String page = given().when().get("/graphiql")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertEquals(page, given().when().get("/graphiql/").then().statusCode(200).extract().asString());

        Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
        List<String> local = new ArrayList<>();
        while (assets.find()) {
            String url = assets.group(1);
            assertTrue(url.startsWith("/") && !url.startsWith("//") || url.startsWith("data:"),
                    "no asset from another host: " + url);
            if (url.startsWith("/") && (url.endsWith(".js") || url.endsWith(".css"))) {
                local.add(url);
            }
        }
        assertThat(local.toString(), containsString("/webjars/graphiql/"));
        for (String url : local) {
            given().when().get(url).then().statusCode(200).body(not(containsString("cdn.jsdelivr.net")));
        }
    }

    @Test
    void offersTheReadmeExamplesFromTheirFilesHeadlineFirst() throws IOException {
        JsonPath examples = given().when().get("/graphiql/examples.json").then().statusCode(200).extract().jsonPath();
        List<String> names = examples.getList("name");
        assertEquals("1-prevented-deportations", names.get(0), "the headline question opens first");
        assertEquals("Which interventions prevented which deportations?", examples.getString("[0].title"));

        List<String> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".graphql")).sorted().toList();
        }
        assertEquals(files, names.stream().map(n -> n + ".graphql").sorted().toList(),
                "examples/index.txt lists every .graphql file of src/main/resources/examples, and only those");

        String readme = Files.readString(Path.of("README.md"));
        for (int i = 0; i < names.size(); i++) {
            String file = names.get(i) + ".graphql";
            assertEquals(Files.readString(EXAMPLES.resolve(file)), examples.getString("[" + i + "].query"), file);
            String heading = "### " + (i + 1) + ". " + examples.getString("[" + i + "].title");
            assertTrue(readme.contains(heading), "README.md has the heading '" + heading + "' (title in examples/index.txt)");
        }
    }

    @Test
    void theApplicationServesEveryExample() throws IOException {
        List<String> files;
        try (var listing = Files.list(EXAMPLES)) {
            files = listing.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".graphql")).toList();
        }
        JsonPath served = given().get("/graphiql/examples.json").then().statusCode(200).extract().jsonPath();
        assertEquals(files.size(), served.getList("$").size(), "every examples/*.graphql is offered");
    }
}
