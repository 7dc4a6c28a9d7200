package org.refugeegraph.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.load;
import static org.refugeegraph.GraphQLClient.ok;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The statuses and media types of GraphQL over HTTP (graph/GraphQLOverHttp), one case each; the
 * whole graphql-http audit runs in GraphqlHttpAuditTest.
 */
@QuarkusTest
class GraphqlHttpTest {
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static ValidatableResponse post(String accept, String body) {
        return given().accept(accept).contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    @Test
    void malformedJsonIsA400InBothMediaTypes() {
        for (String accept : new String[] { "application/json", GRAPHQL_RESPONSE }) {
            post(accept, "{ \"query\": \"{ __typename }\"").statusCode(400)
                    .contentType(startsWith(accept))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void aJsonArrayBodyIsA400() {
        post("application/json", "[{\"query\": \"{ __typename }\"}]").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", equalTo(
                        "The body is a JSON array: send one request as one JSON object (batches are not supported)."));
    }

    @Test
    void parametersOfTheWrongTypeAreA400() {
        post("application/json", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}").statusCode(400)
                .body("errors[0].message", equalTo("The variables must be a map (a JSON object of names and values)."));
        post("application/json", "{\"query\": \"{ __typename }\", \"extensions\": []}").statusCode(400);
        post("application/json", "{\"query\": 1}").statusCode(400);
        post("application/json", "{\"query\": \"{ __typename }\", \"operationName\": {}}").statusCode(400);
        post("application/json", "{\"qeury\": \"{ __typename }\"}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post("application/json", "{\"query\": \" \"}").statusCode(400)
                .body("errors[0].message", equalTo("The request has no query: send {\"query\": \"...\"}."));
        given().queryParam("query", "").when().get("/graphql").then().statusCode(400)
                .contentType(startsWith("application/json")).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        // null stands for "not given"
        post("application/json", "{\"query\": \"{ __typename }\", \"variables\": null, \"extensions\": null}").statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void aMutationOverGetIsA405AndWritesNothing() {
        Account editor = Accounts.create("EDITOR");
        int before = ok("writeCounts").getInt("data.actors.totalCount");
        given().auth().preemptive().basic(editor.username(), editor.password())
                .queryParam("query", load("createActor"))
                .queryParam("variables", "{\"input\": {\"name\": \"Over GET (test)\", \"kind\": \"NGO\"}}")
                .when().get("/graphql").then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        assertEquals(before, ok("writeCounts").getInt("data.actors.totalCount"));
    }

    @Test
    void queriesRunOverGetWithTheirTextUnchanged() {
        // '+' and '%' would change if decoded twice; the operation is chosen by name among two
        given().accept(GRAPHQL_RESPONSE)
                .queryParam("query", "query Other { __typename } query Bad($id: ID!) { node(id: $id) { id } }")
                .queryParam("operationName", "Bad")
                .queryParam("variables", "{\"id\": \"a+b%20c\"}")
                .when().get("/graphql").then().statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].message", equalTo("Malformed id 'a+b%20c': use an id returned by this API."));
        given().queryParam("query", "{ __typename }").queryParam("operationName", "Missing")
                .when().get("/graphql").then().statusCode(200)
                .body("errors[0].message", equalTo("Unknown operation named 'Missing'."));
    }

    @Test
    void aDocumentThatFailsValidationIsA400OnlyInGraphqlResponseJson() {
        String body = "{\"query\": \"{ noSuchField }\"}";
        post(GRAPHQL_RESPONSE, body).statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("$", not(hasKey("data"))).body("errors", not(equalTo(null)));
        // legacy clients (application/json, or any type) keep 200, as the spec says
        post("application/json", body).statusCode(200).contentType(startsWith("application/json"));
        post("*/*", body).statusCode(200).contentType(startsWith("application/json"));
        post(GRAPHQL_RESPONSE, "{\"query\": \"{\"}").statusCode(400);
    }

    @Test
    void aFieldErrorWithDataStays200() {
        post(GRAPHQL_RESPONSE, "{\"query\": \"{ node(id: \\\"bad\\\") { id } }\"}").statusCode(200)
                .body("data", hasKey("node"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void theAcceptHeaderChoosesTheMediaType() {
        String body = "{\"query\": \"{ __typename }\"}";
        post(GRAPHQL_RESPONSE + ", application/json;q=0.9", body).statusCode(200)
                .header("Content-Type", "application/graphql-response+json; charset=utf-8");
        post("application/json, " + GRAPHQL_RESPONSE + ";q=0.5", body).statusCode(200)
                .header("Content-Type", "application/json; charset=utf-8");
        post("application/*", body).statusCode(200).header("Content-Type", "application/json; charset=utf-8");
        post("text/html", body).statusCode(406).body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }")).when().put("/graphql")
                .then().statusCode(405).header("Allow", "GET, POST");
        // OPTIONS stays SmallRye's answer, listing the methods
        given().when().options("/graphql").then().statusCode(200).header("Allow", startsWith("GET, POST"));
    }
}
