package org.refugeegraph.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Security headers on every kind of response, no server banner, and CORS for the listed origins only. */
@QuarkusTest
class HttpSecurityTest {
    private static final String LISTED = "https://newsroom.example"; // %test.quarkus.http.cors.origins

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerBanner() {
        secured(given().contentType(ContentType.JSON).body(Map.of("query", "{ countries { name } }")).post("/graphql").then()
                .statusCode(200));
        secured(given().get("/graphiql/").then().statusCode(200));
        secured(given().get("/export/events.csv").then().statusCode(200));
        secured(given().get("/no/such/page").then().statusCode(404));
        secured(given().contentType(ContentType.JSON).body(Map.of("query", "{ nope }")).post("/graphql").then());
    }

    @Test
    void aListedOriginMayCallTheApiFromItsPages() {
        given().header("Origin", LISTED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(LISTED));
        given().header("Origin", LISTED).contentType(ContentType.JSON).body(Map.of("query", "{ countries { name } }"))
                .post("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(LISTED))
                .body("data.countries.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void anyOtherSiteIsRefused() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue());
        // A cross-site page cannot make a logged-in browser run a mutation: refused before GraphQL sees it.
        given().header("Origin", "https://elsewhere.example").contentType(ContentType.JSON)
                .body(Map.of("query", "{ countries { name } }"))
                .post("/graphql").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    private static void secured(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Server", nullValue());
    }
}
