package org.refugeegraph.database;

import static org.refugeegraph.database.EmbeddedPostgresException.LOG;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Starts (or reuses) the embedded PostgreSQL for {@link EmbeddedPostgresConfigSourceFactory}.
 * <p>
 * Files beside the data folder {@code <data-dir>}: {@code <data-dir>.lock} ({@link OwnerLock}) and
 * {@code <data-dir>.log} (PostgreSQL's own output, read by {@link StartFailure}). A server left running by a
 * killed run is stopped first ({@link Postmaster}).
 */
final class EmbeddedPostgresLauncher {

    static final String DATABASE = "refugee_graph";
    static final String USERNAME = "postgres";
    /** initdb uses trust authentication: the password is not checked, the server only listens on 127.0.0.1. */
    static final String PASSWORD = "postgres";
    static final String HOST = "127.0.0.1";

    /**
     * Holds the JDBC URL of the server this JVM started, per data folder: dev-mode hot reload reuses it. Outside
     * the refugee-graph.embedded-postgres.* names, which belong to {@link EmbeddedPostgresConfig}.
     */
    private static final String RUNNING_PROPERTY_PREFIX = "refugee-graph.embedded-postgres-running:";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(20);
    private static final long MAX_LOG_BYTES = 10L * 1024 * 1024;
    /** Longer than any quarkus.shutdown.timeout we set; a hung stop must not keep PostgreSQL running for ever. */
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(60);

    /** zonky logs every step at INFO; keep a strong reference so the level set here sticks. */
    private static final java.util.logging.Logger ZONKY_LOG = java.util.logging.Logger.getLogger("io.zonky.test");

    record JdbcSettings(String jdbcUrl, String username, String password) {
    }

    private EmbeddedPostgresLauncher() {
    }

    static JdbcSettings startOrReuse(Path dataDir, int port) {
        String property = RUNNING_PROPERTY_PREFIX + dataDir;
        synchronized (property.intern()) { // JVM-wide, across Quarkus class loaders
            String runningUrl = System.getProperty(property);
            if (runningUrl != null) {
                if (Postmaster.live(dataDir).isPresent()) {
                    if (!runningUrl.contains(":" + port + "/")) {
                        LOG.warnf("Embedded PostgreSQL keeps running at %s; a changed %s takes effect after a restart",
                                runningUrl, EmbeddedPostgresConfig.PORT);
                    }
                    LOG.debugf("Embedded PostgreSQL: reusing %s", runningUrl);
                    return new JdbcSettings(runningUrl, USERNAME, PASSWORD);
                }
                LOG.warnf("Embedded PostgreSQL started earlier in this JVM (data in %s) is gone; starting it again",
                        dataDir);
                System.clearProperty(property);
            }
            JdbcSettings connection = start(dataDir, port);
            System.setProperty(property, connection.jdbcUrl());
            return connection;
        }
    }

    private static JdbcSettings start(Path dataDir, int port) {
        long startNanos = System.nanoTime();
        Path lockFile = sibling(dataDir, ".lock");
        Path logFile = sibling(dataDir, ".log");
        try {
            Files.createDirectories(dataDir.getParent());
        } catch (IOException e) {
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL cannot create the folder " + dataDir.getParent()
                    + " (" + e + "); fix its permissions or set " + EmbeddedPostgresConfig.DATA_DIR
                    + " / QUARKUS_DATASOURCE_JDBC_URL");
        }

        OwnerLock owner = OwnerLock.acquire(lockFile, dataDir);
        EmbeddedPostgres postgres = null;
        try {
            Postmaster.stopStale(dataDir, owner.previousOwner());
            checkPortFree(port);
            owner.write(port);
            long logOffset = prepareLog(logFile);
            if (ZONKY_LOG.getLevel() == null) {
                ZONKY_LOG.setLevel(Level.WARNING);
            }
            try {
                postgres = startServer(dataDir, port, logFile, logOffset);
            } catch (Exception | LinkageError e) {
                Postmaster.live(dataDir).ifPresent(ph -> Postmaster.stop(ph, Postmaster.pidFile(dataDir), Duration.ofSeconds(6)));
                throw EmbeddedPostgresException.logged(StartFailure.describe(e, dataDir, logFile, logOffset));
            }
            Runtime.getRuntime().addShutdownHook(shutdownHook(postgres, owner, dataDir));

            String version;
            try {
                version = ensureDatabase(port);
            } catch (SQLException e) {
                stopper(postgres, owner, dataDir).run();
                throw EmbeddedPostgresException.logged("Embedded PostgreSQL started but could not create the database "
                        + DATABASE + " (" + e.getMessage() + "); data in " + dataDir + ", server log " + logFile
                        + "; delete the data folder if it is damaged, or set QUARKUS_DATASOURCE_JDBC_URL");
            }
            String url = "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE;
            LOG.infof("Embedded PostgreSQL %s ready on %s:%d, data in %s (took %.1f s)", version, HOST, port, dataDir,
                    (System.nanoTime() - startNanos) / 1e9);
            return new JdbcSettings(url, USERNAME, PASSWORD);
        } catch (RuntimeException e) {
            if (postgres == null) {
                owner.release();
            }
            throw e;
        }
    }

    /** {@code .data/postgres} gives {@code .data/postgres.lock}. */
    private static Path sibling(Path dataDir, String suffix) {
        return dataDir.resolveSibling(dataDir.getFileName() + suffix);
    }

    private static void checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL: port " + port + " on " + HOST
                    + " is in use; stop what uses it or set " + EmbeddedPostgresConfig.PORT
                    + " / QUARKUS_DATASOURCE_JDBC_URL");
        }
    }

    /** Keeps PostgreSQL's log from growing without end; returns where this start's output begins. */
    private static long prepareLog(Path logFile) {
        try {
            if (Files.isRegularFile(logFile) && Files.size(logFile) > MAX_LOG_BYTES) {
                Files.write(logFile, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
            }
            return Files.isRegularFile(logFile) ? Files.size(logFile) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * zonky polls for readiness until its timeout even when pg_ctl has already given up: start it in a thread
     * and stop waiting as soon as pg_ctl reports the failure in the server log.
     */
    private static EmbeddedPostgres startServer(Path dataDir, int port, Path logFile, long logOffset) throws Exception {
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", HOST)
                .setRegisterShutdownHook(false)
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .setPGStartupWait(STARTUP_WAIT);
        CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                started.complete(builder.start());
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        starter.start();
        long deadline = System.nanoTime() + STARTUP_WAIT.plusSeconds(60).toNanos(); // first start unpacks and runs initdb
        while (true) {
            try {
                return started.get(100, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
            } catch (TimeoutException e) {
                String log = StartFailure.readLog(logFile, logOffset);
                if (log != null && log.contains("pg_ctl: could not start server")) {
                    throw new IOException("pg_ctl: could not start server");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("gave up waiting for the server to start");
                }
            }
        }
    }

    /** Creates the application's database if missing; returns the server version, e.g. 17.2. */
    private static String ensureDatabase(int port) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] { HOST });
        dataSource.setPortNumbers(new int[] { port });
        dataSource.setDatabaseName("postgres");
        dataSource.setUser(USERNAME);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        try (Statement create = connection.createStatement()) {
                            create.execute("create database " + DATABASE);
                        }
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("show server_version")) {
                rs.next();
                return rs.getString(1).split(" ")[0];
            }
        }
    }

    /**
     * The JVM's shutdown hook: stops PostgreSQL once the application has stopped (at most
     * {@link #APPLICATION_STOP_WAIT}), since requests still in flight at SIGTERM need their database.
     */
    private static Thread shutdownHook(EmbeddedPostgres postgres, OwnerLock owner, Path dataDir) {
        Runnable applicationStop = QuarkusInternals.applicationStop(APPLICATION_STOP_WAIT);
        Runnable stop = stopper(postgres, owner, dataDir);
        return new Thread(() -> {
            applicationStop.run();
            stop.run();
        }, "embedded-postgres-stop");
    }

    /**
     * Stops PostgreSQL (pg_ctl stop -m fast) and releases the lock. Uses only classes loaded already: in dev mode
     * the class loader that defined this class may be closed by the time the JVM exits.
     */
    private static Runnable stopper(EmbeddedPostgres postgres, OwnerLock owner, Path dataDir) {
        return () -> {
            try {
                postgres.close();
            } catch (Throwable e) {
                // fall through: make sure the postmaster does not outlive us
            }
            try {
                Postmaster.live(dataDir).ifPresent(ph -> {
                    ph.destroy();
                    Postmaster.waitForExit(ph, Postmaster.pidFile(dataDir), Duration.ofSeconds(5));
                });
            } catch (Throwable e) {
                // nothing more to do while the JVM exits
            }
            owner.release();
        };
    }
}
