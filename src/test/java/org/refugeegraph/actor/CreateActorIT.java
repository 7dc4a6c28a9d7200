package org.refugeegraph.actor;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link CreateActorTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class CreateActorIT extends CreateActorTest {
}
