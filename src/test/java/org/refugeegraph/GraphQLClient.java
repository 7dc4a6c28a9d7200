package org.refugeegraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Posts the queries kept in src/test/resources/graphql/*.graphql to the real /graphql endpoint.
 * Every answer must be HTTP 200 and free of Java internals, whatever the query.
 */
public final class GraphQLClient {
    private GraphQLClient() {
    }

    /** Runs a query file with variables given as name, value, name, value, ... */
    public static JsonPath query(String file, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", load(file));
        body.put("variables", vars);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200)
                .body(not(containsString("java.")), not(containsString("Exception:")), not(containsString("at org.")))
                .extract().jsonPath();
    }

    /** Runs a query that must succeed: no errors. */
    public static JsonPath ok(String file, Object... variables) {
        JsonPath answer = query(file, variables);
        List<Object> errors = answer.getList("errors");
        if (errors != null && !errors.isEmpty()) {
            throw new AssertionError(file + " answered errors: " + answer.prettify());
        }
        return answer;
    }

    public static String load(String file) {
        try (InputStream in = GraphQLClient.class.getResourceAsStream("/graphql/" + file + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No query file graphql/" + file + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
