package org.refugeegraph.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link SearchApiTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class SearchApiIT extends SearchApiTest {
}
