package org.refugeegraph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeType;

/**
 * Records that the write tests add for themselves by SQL, in Greenland, where the cited data set has no event, each
 * with a source of its own: the seeded rows (which snapshot tests read) are never touched or cited. After each test
 * {@link #retractAll} retracts what it recorded, so that later tests (which count every event or intervention that
 * PREVENTED one) read the cited data set alone; the rows stay, as retracted rows do.
 */
public final class GreenlandRecords {
    /** The EventFilter that selects the events of these tests (and only theirs). */
    public static final Map<String, Object> FILTER = Map.of("locations", List.of("GRL"));

    private GreenlandRecords() {
    }

    /** A word found by nothing but the record whose title or quote carries it (letters only, for full-text search). */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** A new source of the tests' own, by SQL; its database id. */
    public static long source(String title) {
        return insert("insert into source (title, publisher) values (?, 'write tests') returning id", title);
    }

    /** A new event in Greenland (DAY precision over [start, end]) with one citation of the source; its global id. */
    public static String event(String title, String status, LocalDate start, LocalDate end, long sourceId) {
        long id = insert("insert into event (kind, status, title, date_start, date_end, date_precision, location_id)"
                + " select 'DEPORTATION', ?, ?, ?::date, ?::date, 'DAY', id from country where alpha3 = 'GRL' returning id",
                status, title, start.toString(), end.toString());
        insert("insert into citation (source_id, quote, event_id) values (?, ?, ?) returning id", sourceId, "event: " + title, id);
        return GlobalId.encode(NodeType.Event, id);
    }

    /** A count claim of an event, cited by a citation of its own; its global id. */
    public static String claim(String eventId, int best, boolean preferred, long sourceId, String quote) {
        long event = GlobalId.decode(eventId, NodeType.Event);
        long citation = insert("insert into citation (source_id, quote, event_id) values (?, ?, ?) returning id", sourceId, quote, event);
        long id = insert("insert into count_claim (event_id, citation_id, best, qualifier, text, preferred)"
                + " values (?, ?, ?, 'EXACT', ?, ?) returning id", event, citation, best, String.valueOf(best), preferred);
        return GlobalId.encode(NodeType.CountClaim, id);
    }

    /**
     * Retracts every standing event in Greenland (only these tests record any) and every standing intervention of an
     * actor named with a {@link #uniqueWord} (only these tests create such actors), also those a killed run left
     * behind: with them go their claims, targets and citations. The actors and sources stay, as those of the
     * createActor and createSource tests do.
     */
    public static void retractAll() {
        column("update intervention_record set retracted_at = now(), retraction_reason = 'end of test'"
                + " where retracted_at is null and actor_id in (select id from actor where name ~ ' zq[a-p]{32}$') returning id");
        column("update event_record set retracted_at = now(), retraction_reason = 'end of test'"
                + " where location_id = (select id from country where alpha3 = 'GRL') and retracted_at is null returning id");
    }

    /** The first column of each row of a query, e.g. a record's retraction reason. */
    public static List<Object> column(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.underTest().connect();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<Object> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A count, e.g. of the rows a write may have added. */
    public static long count(String sql, Object... parameters) {
        return ((Number) column(sql, parameters).get(0)).longValue();
    }

    private static long insert(String sql, Object... parameters) {
        return ((Number) column(sql, parameters).get(0)).longValue();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
