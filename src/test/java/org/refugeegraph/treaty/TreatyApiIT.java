package org.refugeegraph.treaty;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link TreatyApiTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class TreatyApiIT extends TreatyApiTest {
}
