package org.refugeegraph;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tests that need the large synthetic data set (bench/synthetic-data.sql) get their own embedded
 * PostgreSQL, so that the cited data set other tests assert on stays as it is.
 */
public class SyntheticDataProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "refugee-graph.embedded-postgres.data-dir", "target/embedded-postgres-synthetic",
                "refugee-graph.embedded-postgres.port", "54389");
    }
}
