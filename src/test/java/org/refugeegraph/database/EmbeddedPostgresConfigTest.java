package org.refugeegraph.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;

/** The typed settings of the embedded PostgreSQL, read the way its config source factory reads them. */
class EmbeddedPostgresConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        EmbeddedPostgresConfig settings = settings(Map.of());
        assertTrue(settings.enabled());
        assertEquals(".data/postgres", settings.dataDir());
        assertEquals(54329, settings.port());
    }

    @Test
    void valuesAreRead() {
        EmbeddedPostgresConfig settings = settings(Map.of(EmbeddedPostgresConfig.ENABLED, "false",
                EmbeddedPostgresConfig.DATA_DIR, "target/pg", EmbeddedPostgresConfig.PORT, "54399"));
        assertEquals(false, settings.enabled());
        assertEquals("target/pg", settings.dataDir());
        assertEquals(54399, settings.port());
    }

    @Test
    void badPortsAreReportedInOneLine() {
        assertEquals("Embedded PostgreSQL: refugee-graph.embedded-postgres.port=70000 is not a valid port number;"
                + " set it to a free port such as 54329",
                assertThrows(EmbeddedPostgresException.class,
                        () -> settings(Map.of(EmbeddedPostgresConfig.PORT, "70000"))).getMessage());
        String notANumber = assertThrows(EmbeddedPostgresException.class,
                () -> settings(Map.of(EmbeddedPostgresConfig.PORT, "five"))).getMessage();
        assertTrue(notANumber.startsWith("Embedded PostgreSQL: invalid settings (") && notANumber.contains("five")
                && !notANumber.contains("\n"), notANumber);
    }

    /** An upgrade of Quarkus must come with a fresh look at the internals the factory relies on. */
    @Test
    void quarkusInternalsWereCheckedAgainstTheQuarkusWeBuildWith() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<quarkus.platform.version>" + QuarkusInternals.CHECKED_AGAINST
                + "</quarkus.platform.version>"), "pom.xml uses another Quarkus than QuarkusInternals.CHECKED_AGAINST ("
                + QuarkusInternals.CHECKED_AGAINST + "): check its class loader and generated class names again");
    }

    private static EmbeddedPostgresConfig settings(Map<String, String> properties) {
        return EmbeddedPostgresConfigSourceFactory.settings(new PropertiesConfigSource(properties, "test", 100));
    }
}
