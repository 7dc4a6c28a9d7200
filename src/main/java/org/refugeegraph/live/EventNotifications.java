package org.refugeegraph.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The ids of events as they are recorded, from PostgreSQL itself: the trigger of V9 NOTIFYs the channel
 * event_recorded on every insert into event_record, whichever instance (or SQL session) wrote it, and this
 * instance LISTENs on one connection of its own, outside the pool (a pooled connection would be taken from
 * requests for good). A daemon thread polls it and hands each batch of ids to every subscriber at once.
 * <p>
 * NOTIFY is not a log: while the connection is down (database restart, network), events are not
 * announced. The thread reconnects with a growing pause and says so; clients that must not miss anything
 * catch up with a query for the time they were away.
 */
@ApplicationScoped
public class EventNotifications {
    static final String CHANNEL = "event_recorded";
    static final String APPLICATION_NAME = "refugee-graph live updates";
    private static final Logger LOG = Logger.getLogger(EventNotifications.class);
    /** How long one poll waits for notifications: also how long shutdown waits for the thread at most. */
    private static final int POLL_MILLIS = 500;
    /** A quiet connection is checked this often, so that a silently dropped one is noticed. */
    private static final long CHECK_QUIET_MILLIS = 30_000;
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long LAST_RETRY_MILLIS = 30_000;

    private final BroadcastProcessor<List<Long>> recorded = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    EventNotifications(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /**
     * Ids of the events recorded from now on, in batches (those that arrived together). Hot: a subscriber
     * receives what is recorded while it is subscribed, nothing from before.
     */
    public Multi<List<Long>> recorded() {
        return recorded
                .onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    /** How many streams of {@link #recorded()} are subscribed now. */
    public int subscribers() {
        return subscribers.get();
    }

    /** Whether the LISTEN connection is up (false while it reconnects). */
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent start) {
        running = true;
        listener = new Thread(this::listen, "event-recorded-listener");
        listener.setDaemon(true); // never holds the JVM open, should shutdown go wrong
        listener.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (listener != null) {
            try {
                listener.join(POLL_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        recorded.onComplete(); // subscribers get "complete" rather than silence
    }

    private void listen() {
        long retry = FIRST_RETRY_MILLIS;
        boolean lost = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                listening = true;
                if (lost) {
                    LOG.infof("Live updates: listening on %s again", CHANNEL);
                } else {
                    LOG.debugf("Live updates: listening on %s", CHANNEL);
                }
                retry = FIRST_RETRY_MILLIS;
                poll(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                lost = true;
                LOG.warnf("Live updates: the LISTEN connection failed (%s); reconnecting in %d ms."
                        + " Events recorded until then are not announced.", e.toString(), retry);
                if (!pause(retry)) {
                    break;
                }
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            }
        }
        listening = false;
        LOG.debug("Live updates: stopped listening");
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        // Names the connection in pg_stat_activity (an operator, or a test, can find it there).
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(true); // LISTEN takes effect at commit; notifications arrive between statements
        return connection;
    }

    private void poll(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                publish(notifications);
                quietSince = System.nanoTime();
            } else if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - quietSince) > CHECK_QUIET_MILLIS) {
                // A poll only reads the socket: a connection dropped without a word would look quiet forever.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void publish(PGNotification[] notifications) {
        List<Long> ids = new ArrayList<>(notifications.length);
        for (PGNotification notification : notifications) {
            try {
                ids.add(Long.valueOf(notification.getParameter()));
            } catch (NumberFormatException e) {
                LOG.warnf("Live updates: ignored a notification on %s that is not an event id: %s", CHANNEL,
                        notification.getParameter());
            }
        }
        if (!ids.isEmpty()) {
            recorded.onNext(List.copyOf(ids));
        }
    }

    /** Waits before reconnecting, in short steps so that shutdown need not wait; false when shutting down. */
    private boolean pause(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            while (running && System.nanoTime() < end) {
                Thread.sleep(Math.min(POLL_MILLIS, millis));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return running;
    }
}
