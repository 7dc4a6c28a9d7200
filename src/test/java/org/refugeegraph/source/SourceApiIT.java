package org.refugeegraph.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link SourceApiTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class SourceApiIT extends SourceApiTest {
}
