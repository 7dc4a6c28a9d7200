package org.refugeegraph.story;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests as {@link StoryPageTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class StoryPageIT extends StoryPageTest {
}
