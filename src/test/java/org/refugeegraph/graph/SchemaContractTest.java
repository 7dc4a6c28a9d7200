package org.refugeegraph.graph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.refugeegraph.GraphQLClient.ok;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SchemaContractTest {

    @Test
    void servedSchemaKeepsEveryNameOfTheContract() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        String contract;
        try (InputStream in = getClass().getResourceAsStream("/contract-read.graphql")) {
            contract = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(contract, served), reporter);
        assertEquals(List.of(), reporter.getBreakages().stream().map(Object::toString).toList());
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        JsonPath schema = ok("descriptions");
        List<String> undescribed = new ArrayList<>();
        List<Map<String, Object>> types = schema.getList("data.__schema.types");
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || "SCALAR".equals(type.get("kind"))) {
                continue;
            }
            check(undescribed, name, type);
            for (Map<String, Object> field : list(type, "fields")) {
                check(undescribed, name + "." + field.get("name"), field);
                for (Map<String, Object> arg : list(field, "args")) {
                    check(undescribed, name + "." + field.get("name") + "(" + arg.get("name") + ")", arg);
                }
            }
            for (Map<String, Object> field : list(type, "inputFields")) {
                check(undescribed, name + "." + field.get("name"), field);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                check(undescribed, name + "." + value.get("name"), value);
            }
        }
        assertTrue(undescribed.isEmpty(), "Without description: " + undescribed);
    }

    private static void check(List<String> undescribed, String what, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(what);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> element, String key) {
        Object value = element.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
