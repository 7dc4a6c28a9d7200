package org.refugeegraph.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.queryAs;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient;
import org.refugeegraph.GraphQLClient.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Reads are public; writes need an account with the right role, and a refused write changes nothing. */
@QuarkusTest
class WriteAccessTest {
    private static final Map<String, Object> SOURCE = Map.of("title", "A report that must not be written", "publisher", "Nobody");
    private static final Map<String, Object> ACTOR = Map.of("name", "An actor that must not be written", "kind", "NGO");

    @Test
    void anonymousWritesAreUnauthenticatedAndChangeNothing() {
        String before = counts();
        assertRefused(queryAs(null, "createSource", "input", SOURCE), "UNAUTHENTICATED", "createSource");
        assertRefused(queryAs(null, "createActor", "input", ACTOR), "UNAUTHENTICATED", "createActor");
        assertRefused(queryAs(null, "createAccount", "input", Map.of("username", "intruder", "password", "long enough password",
                "role", "ADMIN")), "UNAUTHENTICATED", "createAccount");
        assertEquals(before, counts());
    }

    @Test
    void wrongPasswordsGetHttp401AndChangeNothing() {
        Account editor = Accounts.create("EDITOR");
        String before = counts();
        // Quarkus answers failed Basic credentials itself, with a challenge (a browser then asks for the password)
        for (Account wrong : List.of(new Account(editor.username(), editor.password() + "x"),
                new Account("nobody-at-all", "whatever-it-is"))) {
            given().auth().preemptive().basic(wrong.username(), wrong.password()).contentType(ContentType.JSON)
                    .body(Map.of("query", GraphQLClient.load("createSource"), "variables", Map.of("input", SOURCE)))
                    .post("/graphql").then().statusCode(401).header("WWW-Authenticate", containsStringIgnoringCase("basic"));
        }
        assertEquals(before, counts());
    }

    @Test
    void wrongRolesAreForbiddenAndChangeNothing() {
        Account editor = Accounts.create("EDITOR");
        String before = counts();
        // an admin manages accounts; recording facts is an editor's work
        assertRefused(queryAs(Accounts.admin(), "createSource", "input", SOURCE), "FORBIDDEN", "createSource");
        assertRefused(queryAs(Accounts.admin(), "createActor", "input", ACTOR), "FORBIDDEN", "createActor");
        assertRefused(queryAs(editor, "createAccount", "input", Map.of("username", "promoted", "password", "long enough password",
                "role", "ADMIN")), "FORBIDDEN", "createAccount");
        assertEquals(before, counts());
    }

    @Test
    void queriesNeedNoCredentialsAndIgnoreWrongOnes() {
        ok("writeCounts");
        okAs(new Account("nobody-at-all", "whatever-it-is"), "writeCounts");
    }

    @Test
    void accountInputIsValidated() {
        JsonPath answer = queryAs(Accounts.admin(), "createAccount", "input",
                Map.of("username", "x", "password", "short", "role", "EDITOR"));
        assertEquals(List.of("input.password", "input.username"), answer.getList("errors.extensions.field"));
        assertEquals(List.of("VALIDATION", "VALIDATION"), answer.getList("errors.extensions.code"));
        Account editor = Accounts.create("EDITOR");
        JsonPath taken = queryAs(Accounts.admin(), "createAccount", "input",
                Map.of("username", editor.username(), "password", "another long password", "role", "ADMIN"));
        assertEquals("input.username", taken.getString("errors[0].extensions.field"));
    }

    @Test
    void postsThatAreNotJsonAreRefusedBeforeAnythingRuns() {
        Account editor = Accounts.create("EDITOR");
        String before = counts();
        String mutation = "{\"query\":\"mutation { createActor(input: {name: \\\"Cross-site\\\", kind: NGO}) { actor { id } } }\"}";
        for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" }) {
            // send the body as it is, whatever the type (rest-assured would encode a form itself)
            RestAssuredConfig raw = RestAssured.config().encoderConfig(
                    EncoderConfig.encoderConfig().encodeContentTypeAs(type.split(";")[0], ContentType.TEXT));
            String refusal = given().config(raw).auth().preemptive().basic(editor.username(), editor.password())
                    .contentType(type).body(mutation).post("/graphql")
                    .then().statusCode(415).extract().asString();
            assertThat(refusal, containsString("application/json"));
        }
        // a mutation in a GET (e.g. an <img> on another site) must not run either
        given().auth().preemptive().basic(editor.username(), editor.password())
                .queryParam("query", "mutation { createActor(input: {name: \"Cross-site\", kind: NGO}) { actor { id } } }")
                .get("/graphql");
        assertEquals(before, counts());
    }

    private static String counts() {
        JsonPath counts = ok("writeCounts");
        return counts.getInt("data.sources.totalCount") + " sources, " + counts.getInt("data.actors.totalCount") + " actors";
    }

    private static void assertRefused(JsonPath answer, String code, String field) {
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals(field, answer.getString("errors[0].path[0]"));
        assertNull(answer.get("data"), answer.prettify());
    }
}
