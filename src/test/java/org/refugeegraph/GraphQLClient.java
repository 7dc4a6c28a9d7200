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
import io.restassured.specification.RequestSpecification;

/**
 * Posts the queries kept in src/test/resources/graphql/*.graphql to the real /graphql endpoint.
 * Every answer must be HTTP 200 and free of Java internals, whatever the query.
 */
public final class GraphQLClient {
    private GraphQLClient() {
    }

    /** HTTP Basic credentials of an account. */
    public record Account(String username, String password) {
    }

    /** Runs a query file with variables given as name, value, name, value, ... */
    public static JsonPath query(String file, Object... variables) {
        return queryAs(null, file, variables);
    }

    /** Runs a query file as an account (null: anonymously). */
    public static JsonPath queryAs(Account account, String file, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", load(file));
        body.put("variables", vars);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (account != null) {
            request = request.auth().preemptive().basic(account.username(), account.password());
        }
        return request.when().post("/graphql")
                .then().statusCode(200)
                .body(not(containsString("java.")), not(containsString("Exception:")), not(containsString("at org.")))
                .extract().jsonPath();
    }

    /** Runs a query file as an account; it must succeed. */
    public static JsonPath okAs(Account account, String file, Object... variables) {
        return noErrors(file, queryAs(account, file, variables));
    }

    /** Runs a query that must succeed: no errors. */
    public static JsonPath ok(String file, Object... variables) {
        return noErrors(file, query(file, variables));
    }

    private static JsonPath noErrors(String file, JsonPath answer) {
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
