package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same /q/metrics checks as {@link MetricsTest}, against the packaged artifact. */
@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {
}
