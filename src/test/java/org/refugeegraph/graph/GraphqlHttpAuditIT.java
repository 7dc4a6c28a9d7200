package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The graphql-http audit against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class GraphqlHttpAuditIT extends GraphqlHttpAuditTest {
}
