package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The engine report of the packaged artifact: with -Dnative, of the native binary, where a part found by ServiceLoader
 * only if its services file and constructor were put into the image (quarkus.native.* in application.properties).
 */
@QuarkusIntegrationTest
class EngineReportIT extends EngineReportTest {
}
