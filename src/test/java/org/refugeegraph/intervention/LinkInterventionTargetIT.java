package org.refugeegraph.intervention;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link LinkInterventionTargetTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class LinkInterventionTargetIT extends LinkInterventionTargetTest {
}
