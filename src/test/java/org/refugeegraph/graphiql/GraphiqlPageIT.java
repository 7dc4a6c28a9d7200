package org.refugeegraph.graphiql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests as {@link GraphiqlPageTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class GraphiqlPageIT extends GraphiqlPageTest {
}
