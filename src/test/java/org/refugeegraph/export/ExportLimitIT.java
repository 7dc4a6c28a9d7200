package org.refugeegraph.export;

import org.refugeegraph.SyntheticDataProfile;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The same tests as {@link ExportLimitTest}, against the packaged artifact (jar, or the native binary with -Dnative).
 * The profile is named again: {@link TestProfile} is not inherited.
 */
@QuarkusIntegrationTest
@TestProfile(SyntheticDataProfile.class)
class ExportLimitIT extends ExportLimitTest {
}
