package org.refugeegraph.event;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP tests as {@link AddCountClaimTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class AddCountClaimIT extends AddCountClaimTest {
}
