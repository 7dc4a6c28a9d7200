package org.refugeegraph.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Starts (or reuses) the embedded PostgreSQL for {@link EmbeddedPostgresConfigSourceFactory}.
 * <p>
 * Files beside the data folder {@code <data-dir>}: {@code <data-dir>.lock} (held with an OS file lock by the
 * JVM that owns the server, and holding its pid) and {@code <data-dir>.log} (PostgreSQL's own output).
 * A JVM killed with {@code kill -9} leaves the detached postmaster running; the next start finds it through
 * {@code postmaster.pid} plus a lock file nobody holds, stops it and says so.
 */
final class EmbeddedPostgresLauncher {

    static final String DATABASE = "refugee_graph";
    static final String USERNAME = "postgres";
    /** initdb uses trust authentication: the password is not checked, the server only listens on 127.0.0.1. */
    static final String PASSWORD = "postgres";
    static final String HOST = "127.0.0.1";

    /** Holds the JDBC URL of the server this JVM started, per data folder: dev-mode hot reload reuses it. */
    private static final String RUNNING_PROPERTY_PREFIX = "refugee-graph.embedded-postgres.running:";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(20);
    private static final Duration STALE_STOP_WAIT = Duration.ofSeconds(10);
    private static final long MAX_LOG_BYTES = 10L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);
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
                if (livePostmaster(dataDir).isPresent()) {
                    if (!runningUrl.contains(":" + port + "/")) {
                        LOG.warnf("Embedded PostgreSQL keeps running at %s; a changed %s takes effect after a restart",
                                runningUrl, EmbeddedPostgresConfigSourceFactory.PORT);
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
            throw fail("Embedded PostgreSQL cannot create the folder " + dataDir.getParent() + " (" + e
                    + "); fix its permissions or set " + EmbeddedPostgresConfigSourceFactory.DATA_DIR
                    + " / QUARKUS_DATASOURCE_JDBC_URL");
        }

        OwnerLock owner = OwnerLock.acquire(lockFile, dataDir);
        EmbeddedPostgres postgres = null;
        try {
            stopStaleServer(dataDir, owner.previousOwner());
            checkPortFree(port);
            owner.write(port);
            long logOffset = prepareLog(logFile);
            if (ZONKY_LOG.getLevel() == null) {
                ZONKY_LOG.setLevel(Level.WARNING);
            }
            try {
                postgres = startServer(dataDir, port, logFile, logOffset);
            } catch (Exception | LinkageError e) {
                livePostmaster(dataDir).ifPresent(ph -> stopProcess(ph, dataDir.resolve("postmaster.pid"), Duration.ofSeconds(6)));
                throw fail(describeStartFailure(e, dataDir, logFile, logOffset));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stopper(postgres, owner, dataDir), "embedded-postgres-stop"));

            String version;
            try {
                version = ensureDatabase(port);
            } catch (SQLException e) {
                stopper(postgres, owner, dataDir).run();
                throw fail("Embedded PostgreSQL started but could not create the database " + DATABASE + " ("
                        + e.getMessage() + "); data in " + dataDir + ", server log " + logFile
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

    private static EmbeddedPostgresException fail(String message) {
        LOG.error(message);
        return new EmbeddedPostgresException(message);
    }

    // ---------------------------------------------------------------- stale servers and ports

    /** The pid in {@code postmaster.pid}, if the file exists. */
    private static Optional<Long> postmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The process named in {@code postmaster.pid}, if it is alive and looks like PostgreSQL. */
    private static Optional<ProcessHandle> livePostmaster(Path dataDir) {
        return postmasterPid(dataDir).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(ph -> !isZombie(ph.pid()))
                .filter(EmbeddedPostgresLauncher::looksLikePostgres);
    }

    private static boolean looksLikePostgres(ProcessHandle process) {
        Optional<String> command = process.info().command();
        return command.isEmpty() || command.get().endsWith("postgres") || command.get().endsWith("postgres.exe");
    }

    /**
     * Runs only while we hold the owner lock: no live JVM owns this data folder, so a postmaster still running
     * in it was left by a run that was killed.
     */
    private static void stopStaleServer(Path dataDir, String previousOwner) {
        Optional<ProcessHandle> stale = livePostmaster(dataDir);
        if (stale.isEmpty()) {
            // a postmaster.pid naming a live process that is not PostgreSQL (pid reused after a reboot or a kill -9
            // of the server itself) would make PostgreSQL refuse to start
            Optional<ProcessHandle> other = postmasterPid(dataDir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (other.isPresent() && !looksLikePostgres(other.get())) {
                try {
                    Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
                } catch (IOException e) {
                    // PostgreSQL will report it
                }
            }
            return;
        }
        ProcessHandle postmaster = stale.get();
        if (!stopProcess(postmaster, dataDir.resolve("postmaster.pid"), STALE_STOP_WAIT)) {
            throw fail("Embedded PostgreSQL: a stale server (pid " + postmaster.pid() + ") left by an earlier run still"
                    + " holds " + dataDir + " and did not stop; stop it (kill " + postmaster.pid()
                    + ") and start again");
        }
        LOG.warnf("Embedded PostgreSQL: stopped a stale server (pid %d) left running in %s by an earlier run%s that"
                + " did not shut down; continuing", postmaster.pid(), dataDir,
                previousOwner == null ? "" : " (pid " + previousOwner + ")");
    }

    /** SIGTERM (smart shutdown), then SIGINT (fast shutdown) if it lingers. */
    private static boolean stopProcess(ProcessHandle process, Path pidFile, Duration wait) {
        process.destroy();
        if (waitForExit(process, pidFile, wait.dividedBy(2))) {
            return true;
        }
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command: keep waiting for the SIGTERM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return waitForExit(process, pidFile, wait.dividedBy(2));
    }

    /**
     * Polls until the postmaster is gone. Besides {@code isAlive()} (true for a zombie that its new parent, often
     * PID 1, has not reaped yet) a removed {@code postmaster.pid} also counts: PostgreSQL deletes it last, after
     * closing its ports. ({@code onExit()} of a process that is not our child backs off to seconds between checks.)
     */
    private static boolean waitForExit(ProcessHandle process, Path pidFile, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!hasExited(process, pidFile) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return hasExited(process, pidFile);
    }

    private static boolean hasExited(ProcessHandle process, Path pidFile) {
        return !process.isAlive() || !Files.exists(pidFile) || isZombie(process.pid());
    }

    /** Linux: state Z in /proc/<pid>/stat. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw fail("Embedded PostgreSQL: port " + port + " on " + HOST + " is in use; stop what uses it or set "
                    + EmbeddedPostgresConfigSourceFactory.PORT + " / QUARKUS_DATASOURCE_JDBC_URL");
        }
    }

    // ---------------------------------------------------------------- start, database, stop

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

    private static String describeStartFailure(Throwable failure, Path dataDir, Path logFile, long logOffset) {
        String messages = causeMessages(failure);
        if (messages.contains("Missing embedded postgres binaries") || messages.contains("No Postgres binary found")) {
            return "Embedded PostgreSQL: no PostgreSQL binaries for " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + " on the classpath; add the matching"
                    + " io.zonky.test.postgres:embedded-postgres-binaries-* dependency to pom.xml or set"
                    + " QUARKUS_DATASOURCE_JDBC_URL";
        }
        String reason = reasonFromLog(logFile, logOffset);
        if (reason == null) {
            reason = messages;
        }
        if ("root".equals(System.getProperty("user.name")) && reason.toLowerCase(Locale.ROOT).contains("root")) {
            return "Embedded PostgreSQL refuses to run as root and 'unshare -U' did not help here (" + reason
                    + "); run the application as a normal user or set QUARKUS_DATASOURCE_JDBC_URL";
        }
        return "Embedded PostgreSQL failed to start: " + reason + "; data in " + dataDir + ", server log " + logFile
                + ". Fix the cause (delete the data folder if it is damaged) or set QUARKUS_DATASOURCE_JDBC_URL";
    }

    private static String causeMessages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null && messages.size() < 5; t = t.getCause()) {
            messages.add(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return String.join(": ", messages);
    }

    /** What this start wrote to the server log (at most its last 64 KiB), or null. */
    private static String readLog(Path logFile, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(offset, length - 64 * 1024);
            if (length <= from) {
                return null;
            }
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static final Pattern LOG_PREFIX = Pattern.compile(".*?\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:[\\d.]+ \\S+ \\[\\d+\\] ");

    /**
     * The most telling lines PostgreSQL wrote during this start: the last FATAL/PANIC with the message before it
     * and its DETAIL/HINT, else an initdb/pg_ctl error, else the last line.
     */
    private static String reasonFromLog(Path logFile, long offset) {
        String log = readLog(logFile, offset);
        if (log == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String line : log.split("\\R")) {
            String text = LOG_PREFIX.matcher(line).replaceFirst("").trim();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith("FATAL:") || line.startsWith("PANIC:")) {
                StringBuilder reason = new StringBuilder();
                if (i > 0 && lines.get(i - 1).matches("(LOG|ERROR|DETAIL):.*")) {
                    reason.append(lines.get(i - 1).replaceFirst("^LOG:\\s*", "")).append("; ");
                }
                reason.append(line);
                for (int j = i + 1; j < lines.size() && lines.get(j).matches("(DETAIL|HINT):.*"); j++) {
                    reason.append(' ').append(lines.get(j));
                }
                return reason.toString();
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.contains("error:") || line.contains("not permitted") || line.startsWith("ERROR:")) {
                return line;
            }
        }
        return lines.get(lines.size() - 1);
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
                String log = readLog(logFile, logOffset);
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
                livePostmaster(dataDir).ifPresent(ph -> {
                    ph.destroy();
                    waitForExit(ph, dataDir.resolve("postmaster.pid"), Duration.ofSeconds(5));
                });
            } catch (Throwable e) {
                // nothing more to do while the JVM exits
            }
            owner.release();
        };
    }

    // ---------------------------------------------------------------- owner lock file

    /** {@code <data-dir>.lock}: an OS lock held for the JVM's lifetime (gone with a killed JVM) and its pid. */
    private static final class OwnerLock {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;
        private final String previousOwner;

        private OwnerLock(Path file, FileChannel channel, FileLock lock, String previousOwner) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
            this.previousOwner = previousOwner;
        }

        static OwnerLock acquire(Path file, Path dataDir) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw fail("Embedded PostgreSQL cannot open its lock file " + file + " (" + e
                        + "); fix the folder's permissions or set " + EmbeddedPostgresConfigSourceFactory.DATA_DIR
                        + " / QUARKUS_DATASOURCE_JDBC_URL");
            }
            String previousOwner = readPid(channel);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // held by this JVM already (a server started here earlier and died): take over
                return new OwnerLock(file, channel, null, previousOwner);
            } catch (IOException e) {
                closeQuietly(channel);
                throw fail("Embedded PostgreSQL cannot lock " + file + " (" + e + "); set "
                        + EmbeddedPostgresConfigSourceFactory.DATA_DIR + " / QUARKUS_DATASOURCE_JDBC_URL");
            }
            if (lock == null) {
                closeQuietly(channel);
                throw fail("Embedded PostgreSQL: the data in " + dataDir + " is in use by another running instance"
                        + " of this application" + (previousOwner == null ? "" : " (pid " + previousOwner + ")")
                        + "; stop it, or give this one its own " + EmbeddedPostgresConfigSourceFactory.DATA_DIR
                        + " and " + EmbeddedPostgresConfigSourceFactory.PORT + ", or set QUARKUS_DATASOURCE_JDBC_URL");
            }
            return new OwnerLock(file, channel, lock, previousOwner);
        }

        String previousOwner() {
            return previousOwner;
        }

        void write(int port) {
            String content = "pid=" + ProcessHandle.current().pid() + "\nport=" + port + "\nstarted=" + Instant.now()
                    + "\n";
            try {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
            } catch (IOException e) {
                LOG.debugf("Embedded PostgreSQL: could not write %s: %s", file, e);
            }
        }

        void release() {
            try {
                channel.truncate(0);
            } catch (IOException e) {
                // best effort
            }
            try {
                if (lock != null) {
                    lock.release();
                }
            } catch (IOException e) {
                // closing the channel releases it anyway
            }
            closeQuietly(channel);
        }

        private static String readPid(FileChannel channel) {
            try {
                ByteBuffer buffer = ByteBuffer.allocate(256);
                channel.read(buffer, 0);
                String content = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
                for (String line : content.split("\\R")) {
                    if (line.startsWith("pid=")) {
                        return line.substring(4).trim();
                    }
                }
            } catch (IOException e) {
                // unknown owner
            }
            return null;
        }

        private static void closeQuietly(FileChannel channel) {
            try {
                channel.close();
            } catch (IOException e) {
                // ignore
            }
        }
    }
}
