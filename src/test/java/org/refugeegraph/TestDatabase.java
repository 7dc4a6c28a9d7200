package org.refugeegraph;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The database of the application under test, with the role and password its configuration gives
 * ({@code quarkus.datasource.jdbc.url}, {@code .username}, {@code .password}), so that tests that talk to it
 * directly by JDBC work on the embedded server and on an external PostgreSQL alike.
 * <p>
 * In a {@code @QuarkusTest} the configuration is the application's own, including what the embedded server
 * supplies ({@link #application()}). An {@code @QuarkusIntegrationTest} runs in a JVM of its own: it sees a
 * datasource only when one is given from outside, as for an external PostgreSQL ({@link #external()}).
 */
public record TestDatabase(String url, String username, String password) {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";

    /**
     * The embedded server's superuser, which it trusts without a password (database/EmbeddedPostgresLauncher).
     * Used only for an *IT against a jar that started its own embedded server: the test JVM cannot read the
     * configuration the server gave that jar.
     */
    static final String EMBEDDED_SUPERUSER = "postgres";

    /** In a {@code @QuarkusTest}: the datasource the application uses, as its configuration gives it. */
    public static TestDatabase application() {
        return of(ConfigProvider.getConfig())
                .orElseThrow(() -> new IllegalStateException("No " + URL + " in the application's configuration"));
    }

    /**
     * The datasource given from outside in the environment (QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD), as
     * for an external PostgreSQL; empty when the application starts its embedded server. Not from system properties:
     * a {@code @QuarkusTest} sets its test profile's overrides there (SyntheticDataProfile's URL among them).
     */
    public static Optional<TestDatabase> external() {
        return of(new SmallRyeConfigBuilder().withSources(new EnvConfigSource(System.getenv(), 300)).build());
    }

    /**
     * The database of the application under test, in a {@code @QuarkusTest} and in its {@code @QuarkusIntegrationTest}
     * twin alike: the application's own datasource, else one given from outside ({@link #external()}), else the
     * embedded server that the packaged jar starts for itself with the profile it (application.properties:
     * %it.refugee-graph.embedded-postgres.port).
     */
    public static TestDatabase underTest() {
        return of(ConfigProvider.getConfig())
                .or(TestDatabase::external)
                .orElseGet(() -> embedded("jdbc:postgresql://127.0.0.1:54349/refugee_graph"));
    }

    /** The embedded server that a packaged jar started for itself at this URL (seen from an *IT's JVM). */
    static TestDatabase embedded(String url) {
        return new TestDatabase(url, EMBEDDED_SUPERUSER, "");
    }

    private static Optional<TestDatabase> of(Config config) {
        return config.getOptionalValue(URL, String.class).map(url -> new TestDatabase(url,
                config.getOptionalValue(USERNAME, String.class).orElse(null),
                config.getOptionalValue(PASSWORD, String.class).orElse("")));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** The same server and credentials, another database: {@code jdbc:postgresql://h:p/db?x=y} with db replaced. */
    public TestDatabase withDatabase(String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host/database URL: " + url);
        }
        int end = url.indexOf('?', slash);
        return new TestDatabase(url.substring(0, slash + 1) + database + (end < 0 ? "" : url.substring(end)), username, password);
    }

    /** The database name in the URL. */
    public String database() {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int end = url.indexOf('?', slash);
        return url.substring(slash + 1, end < 0 ? url.length() : end);
    }

    /** A copy whose URL carries extra JDBC parameters, e.g. {@code preferQueryMode=simple}. */
    public TestDatabase withParameter(String parameter) {
        return new TestDatabase(url + (url.contains("?") ? "&" : "?") + parameter, username, password);
    }
}
