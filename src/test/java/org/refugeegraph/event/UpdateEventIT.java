package org.refugeegraph.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link UpdateEventTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class UpdateEventIT extends UpdateEventTest {
}
