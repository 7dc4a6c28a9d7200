package org.refugeegraph.graphiql;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged artifact serves one explorer, /graphiql (GraphiqlPageIT): SmallRye's own GraphQL UI is left out of
 * production builds. (@QuarkusTest runs would find it: Quarkus includes it in dev mode and tests.)
 */
@QuarkusIntegrationTest
class OneExplorerIT {

    @Test
    void smallRyeGraphqlUiIsNotServed() {
        given().redirects().follow(false).when().get("/q/graphql-ui").then().statusCode(404);
        given().redirects().follow(false).when().get("/q/graphql-ui/").then().statusCode(404);
        given().when().get("/graphiql").then().statusCode(200);
    }
}
