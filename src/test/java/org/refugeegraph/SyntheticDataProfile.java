package org.refugeegraph;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tests that need the large synthetic data set (bench/synthetic-data.sql, see {@link SyntheticData}) get
 * their own embedded PostgreSQL, so that the cited data set other tests assert on stays as it is.
 */
public class SyntheticDataProfile implements QuarkusTestProfile {
    static final String DATA_DIR = "target/embedded-postgres-synthetic";
    static final int PORT = 54389;
    static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/refugee_graph";

    @Override
    public Map<String, String> getConfigOverrides() {
        // The packaged jar (*IT) runs with the profiles prod,it, whose %it keys in application.properties
        // would win over plain ones: override those too.
        return Map.of(
                "refugee-graph.embedded-postgres.data-dir", DATA_DIR,
                "refugee-graph.embedded-postgres.port", String.valueOf(PORT),
                "%it.refugee-graph.embedded-postgres.data-dir", DATA_DIR,
                "%it.refugee-graph.embedded-postgres.port", String.valueOf(PORT));
    }
}
