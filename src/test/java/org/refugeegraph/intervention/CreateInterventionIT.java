package org.refugeegraph.intervention;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link CreateInterventionTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class CreateInterventionIT extends CreateInterventionTest {
}
