package org.refugeegraph.lint;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The data lint of {@link DataLintTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class DataLintIT extends DataLintTest {
}
