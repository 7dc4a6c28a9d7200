package org.refugeegraph.examples;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link ExampleQueriesTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class ExampleQueriesIT extends ExampleQueriesTest {
}
