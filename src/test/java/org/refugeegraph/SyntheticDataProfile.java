package org.refugeegraph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tests that need the large synthetic data set (bench/synthetic-data.sql, see {@link SyntheticData}) get a
 * database of their own, so that the cited data set other tests assert on stays as it is:
 * <ul>
 * <li>on the embedded server, a server of its own (target/embedded-postgres-synthetic, port 54389);</li>
 * <li>with an external PostgreSQL (QUARKUS_DATASOURCE_JDBC_URL), the database {@code <database>_synthetic} on the
 * same server, created here with the configured role, which needs the CREATEDB privilege.</li>
 * </ul>
 */
public class SyntheticDataProfile implements QuarkusTestProfile {
    static final String DATA_DIR = "target/embedded-postgres-synthetic";
    static final int PORT = 54389;
    static final String SUFFIX = "_synthetic";

    /** The database the application runs on under this profile. */
    static TestDatabase database() {
        Optional<TestDatabase> external = TestDatabase.external();
        return external.isPresent()
                ? external.get().withDatabase(external.get().database() + SUFFIX)
                : TestDatabase.embedded("jdbc:postgresql://127.0.0.1:" + PORT + "/refugee_graph");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Optional<TestDatabase> external = TestDatabase.external();
        if (external.isPresent()) {
            TestDatabase synthetic = database();
            createIfMissing(external.get(), synthetic.database());
            return Map.of("quarkus.datasource.jdbc.url", synthetic.url());
        }
        // The packaged jar (*IT) runs with the profiles prod,it, whose %it keys in application.properties
        // would win over plain ones: override those too.
        return Map.of(
                "refugee-graph.embedded-postgres.data-dir", DATA_DIR,
                "refugee-graph.embedded-postgres.port", String.valueOf(PORT),
                "%it.refugee-graph.embedded-postgres.data-dir", DATA_DIR,
                "%it.refugee-graph.embedded-postgres.port", String.valueOf(PORT));
    }

    private static void createIfMissing(TestDatabase server, String database) {
        try (Connection connection = server.connect();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database + " for the synthetic data set on "
                    + server.url() + " as " + server.username() + " (the role needs CREATEDB): " + e.getMessage(), e);
        }
    }
}
