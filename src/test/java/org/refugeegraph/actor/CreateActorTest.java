package org.refugeegraph.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.queryAs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CreateActorTest {

    @Test
    void anEditorRecordsAnActorThatQueriesThenFind() {
        Account editor = Accounts.create("EDITOR");
        int before = ok("writeCounts").getInt("data.actors.totalCount");
        JsonPath created = okAs(editor, "createActor", "input",
                Map.of("name", "Ministry of Public Security (test)", "kind", "GOVERNMENT", "country", "cn"));
        String id = created.getString("data.createActor.actor.id");
        assertEquals("CHN", created.getString("data.createActor.actor.country.code"));

        JsonPath read = ok("node", "id", id);
        assertEquals("Ministry of Public Security (test)", read.getString("data.node.name"));
        assertEquals(before + 1, ok("writeCounts").getInt("data.actors.totalCount"));
        okAs(editor, "createActor", "input", Map.of("name", "UN body without a country (test)", "kind", "INTERGOVERNMENTAL"));
    }

    @Test
    void unknownCountriesAndBlankNamesAreValidationErrorsAndNothingIsWritten() {
        Account editor = Accounts.create("EDITOR");
        int before = ok("writeCounts").getInt("data.actors.totalCount");
        JsonPath unknown = queryAs(editor, "createActor", "input", Map.of("name", "Somebody", "kind", "NGO", "country", "XX"));
        assertEquals("VALIDATION", unknown.getString("errors[0].extensions.code"), unknown.prettify());
        assertEquals("input.country", unknown.getString("errors[0].extensions.field"));
        JsonPath blank = queryAs(editor, "createActor", "input", Map.of("name", "", "kind", "NGO"));
        assertEquals(List.of("input.name"), blank.getList("errors.extensions.field"), blank.prettify());
        JsonPath badKind = queryAs(editor, "createActor", "input", Map.of("name", "Somebody", "kind", "ALIENS"));
        assertEquals(1, badKind.getList("errors").size(), badKind.prettify());
        assertEquals(before, ok("writeCounts").getInt("data.actors.totalCount"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        Account editor = Accounts.create("EDITOR");
        Map<String, Object> input = Map.of("name", "Actor sent twice (test)", "kind", "NGO",
                "idempotencyKey", UUID.randomUUID().toString());
        int before = ok("writeCounts").getInt("data.actors.totalCount");
        String first = okAs(editor, "createActor", "input", input).getString("data.createActor.actor.id");
        String retried = okAs(editor, "createActor", "input", input).getString("data.createActor.actor.id");
        assertEquals(first, retried);
        assertEquals(before + 1, ok("writeCounts").getInt("data.actors.totalCount"));
        // a failed create leaves its key free: the same key then creates
        JsonPath unknown = queryAs(editor, "createActor", "input", Map.of("name", "Somebody", "kind", "NGO", "country", "XX",
                "idempotencyKey", "retry-after-fix-" + first));
        assertEquals("input.country", unknown.getString("errors[0].extensions.field"), unknown.prettify());
        okAs(editor, "createActor", "input", Map.of("name", "Somebody (test)", "kind", "NGO", "country", "FJ",
                "idempotencyKey", "retry-after-fix-" + first));
        assertEquals(before + 2, ok("writeCounts").getInt("data.actors.totalCount"));
    }
}
