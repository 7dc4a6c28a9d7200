package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same limits against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class QueryLimitsIT extends QueryLimitsTest {
    @Override
    protected boolean seesSql() {
        return false; // the service runs in its own process: its SQL is not counted here
    }
}
