package org.refugeegraph.graph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.refugeegraph.GraphQLClient.ok;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugeegraph.SqlStatementCounter;
import org.refugeegraph.SyntheticData;
import org.refugeegraph.SyntheticDataProfile;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * What a request costs in SQL, over the synthetic data set of the benchmark (20,000 events,
 * 4,000 interventions): the number of statements must not grow with the number of rows, and the
 * statements must read events and interventions through indexes.
 */
@QuarkusTest
@TestProfile(SyntheticDataProfile.class)
class QueryCostTest {

    @BeforeEach
    void loadSyntheticDataAndCountriesOnce() {
        SyntheticData.loadOnce();
        // The first request after start loads the countries into memory (CountryRepository): let it not be counted
        // by whichever test runs first.
        ok("countries");
    }

    @Test
    void headlineQueryCostsTheSameStatementsFor10And100Interventions() {
        int at10 = statementsOf(10);
        int at100 = statementsOf(100);
        assertEquals(at10, at100, "statements for 100 interventions: " + SqlStatementCounter.statements());
        // interventions, count, actor, country, targets, events, 2 countries, people, citations, sources, intervention citations, sources
        assertThat(at10, lessThanOrEqualTo(14));
    }

    private static int statementsOf(int interventions) {
        SqlStatementCounter.reset();
        JsonPath answer = ok("statementCount", "first", interventions);
        assertEquals(interventions, answer.getList("data.interventions.nodes").size());
        assertThat(answer.getInt("data.interventions.totalCount"), greaterThan(interventions));
        return SqlStatementCounter.statements().size();
    }

    @Test
    void nestedConnectionsAreBatchedPerLevel() {
        SqlStatementCounter.reset();
        JsonPath answer = ok("nestedConnections");
        assertThat(answer.getList("data.countries").size(), greaterThan(200));
        // countries; events per country + their count; actors; interventions per actor + their count
        assertThat(SqlStatementCounter.statements().size(), lessThanOrEqualTo(6));
    }

    @Test
    void pagesAndFiltersReadEventsAndInterventionsThroughIndexes() throws SQLException {
        SqlStatementCounter.reset();
        ok("events", "first", 50, "filter", Map.of("kinds", List.of("DEPORTATION"), "from", "2010-01-01"),
                "orderBy", Map.of("field", "PEOPLE", "direction", "DESC"));
        ok("events", "first", 50, "filter", Map.of("locations", List.of("VNM"), "destinations", List.of("PRK")));
        ok("events", "first", 20, "filter", Map.of("minPeople", 500, "hasIntervention", true));
        String after = ok("events", "first", 20).getString("data.events.pageInfo.endCursor");
        ok("events", "first", 20, "after", after);
        ok("interventions", "first", 50, "filter", Map.of("outcomes", List.of("PREVENTED")));
        ok("interventions", "first", 50, "filter", Map.of("actorCountries", List.of("KOR"), "from", "2015-01-01"));
        ok("nestedConnections");

        List<String> seqScans = new ArrayList<>();
        int indexPlans = 0;
        // The simple query protocol, so that the $n placeholders reach the server unbound.
        try (Connection connection = TestDatabase.application().withParameter("preferQueryMode=simple").connect();
             Statement statement = connection.createStatement()) {
            boolean explainGenericPlan = connection.getMetaData().getDatabaseMajorVersion() >= 16;
            for (String sql : SqlStatementCounter.statements()) {
                if (sql.startsWith("select count(*)")) {
                    continue; // totalCount over a broad filter may rightly read the whole table
                }
                String plan = genericPlan(statement, sql, explainGenericPlan);
                if (plan.contains("Index")) {
                    indexPlans++;
                }
                // The views of standing records (V7) read the *_record tables.
                if (plan.matches("(?s).*Seq Scan on (event|intervention)(_record)? .*")) {
                    seqScans.add(sql + "\n" + plan);
                }
            }
        }
        assertThat("plans that use an index", indexPlans, greaterThan(10));
        assertEquals(List.of(), seqScans);
    }

    /**
     * The plan PostgreSQL makes for the statement whatever its parameters: EXPLAIN (GENERIC_PLAN) from PostgreSQL 16
     * on; before, the statement prepared and explained with null parameters while plans are forced to be generic.
     */
    private static String genericPlan(Statement statement, String sql, boolean explainGenericPlan) throws SQLException {
        String numbered = numberParameters(sql);
        if (explainGenericPlan) {
            return lines(statement, "explain (generic_plan) " + numbered);
        }
        int parameters = (int) sql.chars().filter(c -> c == '?').count();
        statement.execute("set plan_cache_mode = force_generic_plan");
        statement.execute("prepare cost_test as " + numbered);
        try {
            return lines(statement, "explain execute cost_test" + (parameters == 0 ? ""
                    : "(" + String.join(", ", Collections.nCopies(parameters, "null")) + ")"));
        } finally {
            statement.execute("deallocate cost_test");
        }
    }

    private static String lines(Statement statement, String query) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                text.append(rows.getString(1)).append('\n');
            }
        }
        return text.toString();
    }

    /** JDBC's ? placeholders as PostgreSQL's $1, $2, ... */
    private static String numberParameters(String sql) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++n);
            } else {
                numbered.append(c);
            }
        }
        return numbered.toString();
    }
}
