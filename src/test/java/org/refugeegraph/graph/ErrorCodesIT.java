package org.refugeegraph.graph;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same answers from the packaged artifact (jar, or the native binary with -Dnative); its log is not read here. */
@QuarkusIntegrationTest
class ErrorCodesIT extends ErrorCodesTest {
    @Override
    protected boolean seesLog() {
        return false;
    }
}
