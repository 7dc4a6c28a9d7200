package org.refugeegraph.database;

import static org.refugeegraph.database.EmbeddedPostgresException.LOG;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server process of a data folder, found through its {@code postmaster.pid}. zonky starts it
 * detached, so it outlives a JVM killed with {@code kill -9}: the next start finds and stops it here.
 */
final class Postmaster {

    private static final Duration STALE_STOP_WAIT = Duration.ofSeconds(10);

    private Postmaster() {
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve("postmaster.pid");
    }

    /** The pid in {@code postmaster.pid}, if the file exists. */
    private static Optional<Long> pid(Path dataDir) {
        Path pidFile = pidFile(dataDir);
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
    static Optional<ProcessHandle> live(Path dataDir) {
        return pid(dataDir).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(ph -> !isZombie(ph.pid()))
                .filter(Postmaster::looksLikePostgres);
    }

    private static boolean looksLikePostgres(ProcessHandle process) {
        Optional<String> command = process.info().command();
        return command.isEmpty() || command.get().endsWith("postgres") || command.get().endsWith("postgres.exe");
    }

    /**
     * Runs only while we hold the owner lock: no live JVM owns this data folder, so a postmaster still running
     * in it was left by a run that was killed.
     */
    static void stopStale(Path dataDir, String previousOwner) {
        Optional<ProcessHandle> stale = live(dataDir);
        if (stale.isEmpty()) {
            // a postmaster.pid naming a live process that is not PostgreSQL (pid reused after a reboot or a kill -9
            // of the server itself) would make PostgreSQL refuse to start
            Optional<ProcessHandle> other = pid(dataDir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (other.isPresent() && !looksLikePostgres(other.get())) {
                try {
                    Files.deleteIfExists(pidFile(dataDir));
                } catch (IOException e) {
                    // PostgreSQL will report it
                }
            }
            return;
        }
        ProcessHandle postmaster = stale.get();
        if (!stop(postmaster, pidFile(dataDir), STALE_STOP_WAIT)) {
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL: a stale server (pid " + postmaster.pid()
                    + ") left by an earlier run still holds " + dataDir + " and did not stop; stop it (kill "
                    + postmaster.pid() + ") and start again");
        }
        LOG.warnf("Embedded PostgreSQL: stopped a stale server (pid %d) left running in %s by an earlier run%s that"
                + " did not shut down; continuing", postmaster.pid(), dataDir,
                previousOwner == null ? "" : " (pid " + previousOwner + ")");
    }

    /** SIGTERM (smart shutdown), then SIGINT (fast shutdown) if it lingers. */
    static boolean stop(ProcessHandle process, Path pidFile, Duration wait) {
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
    static boolean waitForExit(ProcessHandle process, Path pidFile, Duration wait) {
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
}
