package org.refugeegraph.export;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests as {@link EventExportResourceTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class EventExportResourceIT extends EventExportResourceTest {
}
