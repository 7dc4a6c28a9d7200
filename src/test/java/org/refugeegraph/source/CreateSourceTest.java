package org.refugeegraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;
import static org.refugeegraph.GraphQLClient.okAs;
import static org.refugeegraph.GraphQLClient.queryAs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.Accounts;
import org.refugeegraph.GraphQLClient.Account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CreateSourceTest {
    private Account editor;

    @BeforeEach
    void signIn() {
        editor = Accounts.create("EDITOR");
    }

    @Test
    void anEditorRecordsASourceThatQueriesThenFind() {
        int before = ok("writeCounts").getInt("data.sources.totalCount");
        JsonPath created = okAs(editor, "createSource", "input", Map.of("title", "  UN report on forced returns  ",
                "publisher", "United Nations", "authors", List.of("A. Author", "B. Author"),
                "url", "https://www.ohchr.org/en/report", "publishedOn", "2024-03-01"));
        Map<String, Object> source = created.getMap("data.createSource.source");
        assertEquals("UN report on forced returns", source.get("title"));
        assertEquals(List.of(), source.get("citations"));

        JsonPath read = ok("node", "id", source.get("id"));
        assertEquals("Source", read.getString("data.node.__typename"));
        assertEquals("UN report on forced returns", read.getString("data.node.title"));
        assertEquals(before + 1, ok("writeCounts").getInt("data.sources.totalCount"));
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsWritten() {
        int before = ok("writeCounts").getInt("data.sources.totalCount");
        Map<String, Object> input = new HashMap<>();
        input.put("title", " ");
        input.put("publisher", "p".repeat(301));
        input.put("authors", List.of("Someone", ""));
        input.put("url", "javascript:alert(1)");
        JsonPath answer = queryAs(editor, "createSource", "input", input);
        assertEquals(List.of("input.authors[1]", "input.publisher", "input.title", "input.url"),
                answer.getList("errors.extensions.field"), answer.prettify());
        assertEquals(List.of("VALIDATION", "VALIDATION", "VALIDATION", "VALIDATION"), answer.getList("errors.extensions.code"));
        assertEquals(List.of("createSource"), answer.getList("errors[0].path"));
        assertEquals(before, ok("writeCounts").getInt("data.sources.totalCount"));
    }

    @Test
    void aWriteThatTheDatabaseRefusesLeavesNoRow() {
        int before = ok("writeCounts").getInt("data.sources.totalCount");
        // valid to Bean Validation, refused at the insert: PostgreSQL text cannot hold a NUL character
        JsonPath answer = queryAs(editor, "createSource", "input", Map.of("title", "Half\u0000written", "publisher", "Nobody"));
        assertEquals("INTERNAL", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals("Internal error (correlation id " + answer.getString("errors[0].extensions.correlationId") + ")",
                answer.getString("errors[0].message"));
        assertEquals(before, ok("writeCounts").getInt("data.sources.totalCount"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        Map<String, Object> input = Map.of("title", "Report sent twice", "publisher", "Test wire",
                "idempotencyKey", UUID.randomUUID().toString());
        int before = ok("writeCounts").getInt("data.sources.totalCount");
        String first = okAs(editor, "createSource", "input", input).getString("data.createSource.source.id");
        String retried = okAs(editor, "createSource", "input", input).getString("data.createSource.source.id");
        assertEquals(first, retried);
        assertEquals(before + 1, ok("writeCounts").getInt("data.sources.totalCount"));
    }
}
