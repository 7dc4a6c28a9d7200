package org.refugeegraph.statistics;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link StatisticsApiTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class StatisticsApiIT extends StatisticsApiTest {
}
