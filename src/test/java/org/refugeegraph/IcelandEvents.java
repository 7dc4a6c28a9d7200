package org.refugeegraph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Events that tests write for themselves and remove again, located in Iceland, where the cited data set has none:
 * every event in Iceland is a test's own, so lists filtered by {@link #FILTER} have exactly the rows it wrote.
 */
public final class IcelandEvents {
    /** The EventFilter (GraphQL variable or export parameters) that selects them. */
    public static final Map<String, Object> FILTER = Map.of("locations", List.of("ISL"));

    private IcelandEvents() {
    }

    /** A statement that adds one such event, an arrest of today, with the title given as its only parameter. */
    public static PreparedStatement inserter(Connection connection) throws SQLException {
        return connection.prepareStatement("insert into event (kind, status, title, date_start, date_end, date_precision,"
                + " location_id) select 'ARREST', 'UNKNOWN', ?, current_date, current_date, 'DAY', id from country"
                + " where alpha3 = 'ISL'");
    }

    public static void add(Connection connection, String title) throws SQLException {
        try (PreparedStatement insert = inserter(connection)) {
            insert.setString(1, title);
            insert.executeUpdate();
        }
    }

    /** Removes the events whose title matches the SQL LIKE pattern. */
    public static void remove(Connection connection, String titlePattern) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from event where title like ?")) {
            delete.setString(1, titlePattern);
            delete.executeUpdate();
        }
    }
}
