package org.refugeegraph.intervention;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link InterventionApiTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class InterventionApiIT extends InterventionApiTest {
}
