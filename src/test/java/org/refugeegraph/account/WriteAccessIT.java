package org.refugeegraph.account;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link WriteAccessTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class WriteAccessIT extends WriteAccessTest {
}
