package org.refugeegraph;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A table locked by the test on its own connection, so that every request reading it is held in
 * the database, where pg_stat_activity can count it. Closing the connection ends the lock.
 */
public final class LockedTable implements AutoCloseable {
    private static final long WAIT_NANOS = 15_000_000_000L;

    private final Connection connection;

    public LockedTable(TestDatabase database, String table) throws SQLException {
        connection = database.connect();
        connection.setAutoCommit(false);
        try (Statement lock = connection.createStatement()) {
            lock.execute("lock table " + table + " in access exclusive mode");
        }
    }

    /**
     * How many other backends wait for a lock right now. Inside a transaction PostgreSQL keeps the first look at
     * pg_stat_activity until it ends: each call takes a new one.
     */
    public int waiting() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
        }
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** Polls until exactly that many backends wait; fails after 15 s, saying what did not happen. */
    public void awaitWaiting(int backends, String what) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (waiting() != backends) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 15 s: " + what + "; waiting now: " + waitingBackends());
            }
            Thread.sleep(50);
        }
    }

    /** Who waits for a lock, for a failure message. */
    private String waitingBackends() throws SQLException {
        waiting(); // a new look at pg_stat_activity
        try (Statement statement = connection.createStatement();
                ResultSet waiting = statement.executeQuery("select backend_type, state, left(query, 80) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            StringBuilder backends = new StringBuilder();
            while (waiting.next()) {
                backends.append('[').append(waiting.getString(1)).append(", ").append(waiting.getString(2)).append(", ")
                        .append(waiting.getString(3)).append("] ");
            }
            return backends.toString();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close(); // ends the transaction and its lock
    }
}
