package org.refugeegraph.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link CreateSourceTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class CreateSourceIT extends CreateSourceTest {
}
