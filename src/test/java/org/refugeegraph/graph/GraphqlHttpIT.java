package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP statuses and media types against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class GraphqlHttpIT extends GraphqlHttpTest {
}
