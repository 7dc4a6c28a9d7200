package org.refugeegraph.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The embedded PostgreSQL of zero-install runs and tests. Profile-aware, like any setting
 * ({@code %test.refugee-graph.embedded-postgres.port=54339}); in the environment
 * {@code REFUGEE_GRAPH_EMBEDDED_POSTGRES_PORT} and so on. Not used when {@code quarkus.datasource.jdbc.url} is set,
 * nor in the native binary.
 * <p>
 * Read by {@link EmbeddedPostgresConfigSourceFactory} while the configuration is still being built, not injected.
 */
@ConfigMapping(prefix = "refugee-graph.embedded-postgres")
public interface EmbeddedPostgresConfig {

    String PREFIX = "refugee-graph.embedded-postgres.";
    String ENABLED = PREFIX + "enabled";
    String DATA_DIR = PREFIX + "data-dir";
    String PORT = PREFIX + "port";

    /** Start the embedded PostgreSQL when no JDBC URL is configured; with false, configure one. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The data folder, relative to the working directory; it survives restarts. {@code <data-dir>.lock} (the owning
     * JVM's lock and pid) and {@code <data-dir>.log} (PostgreSQL's output) lie beside it.
     */
    @WithDefault(".data/postgres")
    String dataDir();

    /** The port on 127.0.0.1. If it is busy the start stops and says so; it never uses another server. */
    @WithDefault("54329")
    int port();
}
