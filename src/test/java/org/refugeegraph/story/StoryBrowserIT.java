package org.refugeegraph.story;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests as {@link StoryBrowserTest}, against the packaged artifact (jar, or the native binary with -Dnative). */
@QuarkusIntegrationTest
class StoryBrowserIT extends StoryBrowserTest {
}
