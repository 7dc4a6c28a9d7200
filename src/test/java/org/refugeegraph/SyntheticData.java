package org.refugeegraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the benchmark's synthetic data set (bench/synthetic-data.sql: 20,000 events, 4,000 interventions)
 * into the database of {@link SyntheticDataProfile}, once: the database keeps it across runs.
 * It connects by JDBC rather than through the application, so that tests against the packaged jar
 * (@QuarkusIntegrationTest, nothing to inject) can use it as well.
 */
public final class SyntheticData {
    public static final int EVENTS = 20_000;

    private static boolean loaded;

    private SyntheticData() {
    }

    /** A connection to the profile's database, with the configured role. */
    public static Connection connect() throws SQLException {
        return SyntheticDataProfile.database().connect();
    }

    public static synchronized void loadOnce() {
        if (loaded) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            ResultSet count = statement.executeQuery("select count(*) from event");
            count.next();
            if (count.getLong(1) < EVENTS) {
                String script = Files.readString(Path.of("bench/synthetic-data.sql"))
                        .replace(":events", String.valueOf(EVENTS))
                        .replace(":interventions", "4000")
                        .replace(":claims", "40000");
                statement.execute(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the synthetic data set", e);
        }
        loaded = true;
    }
}
