package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link NodeTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class NodeIT extends NodeTest {
}
