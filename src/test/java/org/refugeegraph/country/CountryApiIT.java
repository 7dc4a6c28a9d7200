package org.refugeegraph.country;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link CountryApiTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class CountryApiIT extends CountryApiTest {
}
