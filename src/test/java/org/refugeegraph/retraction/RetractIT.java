package org.refugeegraph.retraction;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link RetractTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class RetractIT extends RetractTest {
}
