package org.refugeegraph.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.refugeegraph.GraphQLClient.ok;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.refugeegraph.IcelandEvents;
import org.refugeegraph.TestDatabase;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Given an external PostgreSQL (QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD, as .ci/external-postgres.sh
 * sets them), the packaged application uses that database, not an embedded one: Flyway migrated it, and a row
 * written there by JDBC is what GraphQL answers. Skipped, saying so, when the jar runs on its embedded server.
 */
@QuarkusIntegrationTest
class ExternalDatabaseIT {
    private static final String TITLE = "external database test row";

    @Test
    void theApplicationAnswersFromTheConfiguredDatabase() throws SQLException {
        Optional<TestDatabase> external = TestDatabase.external();
        assumeTrue(external.isPresent(), "SKIPPED: no external PostgreSQL configured (QUARKUS_DATASOURCE_JDBC_URL);"
                + " .ci/external-postgres.sh runs the *IT classes against one");
        try (Connection connection = external.get().connect()) {
            assertEquals(1, count(connection, "select count(*) from flyway_schema_history where version = '1' and success"),
                    "the application migrated the configured database");
            assertEquals(0, ok("snapshot", "filter", IcelandEvents.FILTER).getInt("data.page.totalCount"),
                    "no event of the cited data set is in Iceland");
            try {
                IcelandEvents.add(connection, TITLE);
                assertEquals(1, ok("snapshot", "filter", IcelandEvents.FILTER).getInt("data.page.totalCount"), "the row written by JDBC");
            } finally {
                IcelandEvents.remove(connection, TITLE);
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
