package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link SchemaContractTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class SchemaContractIT extends SchemaContractTest {
}
