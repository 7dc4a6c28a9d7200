package org.refugeegraph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The embedded PostgreSQL of a data folder, stopped and started again by a test as an operator would: a fast
 * shutdown (SIGINT, what {@code pg_ctl stop -m fast} sends), then {@code pg_ctl start} with the binaries and options
 * it last ran with ({@code postmaster.opts}, which PostgreSQL keeps in the data folder), as zonky starts it.
 */
final class EmbeddedServer {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path dataDir;

    EmbeddedServer(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    boolean running() {
        return Postmaster.live(dataDir).isPresent();
    }

    /** Fast shutdown: PostgreSQL ends every session (their transactions roll back) and stops. */
    void stop() throws IOException, InterruptedException {
        ProcessHandle postmaster = Postmaster.live(dataDir)
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL runs in " + dataDir));
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start();
        kill.waitFor(5, TimeUnit.SECONDS);
        if (!Postmaster.waitForExit(postmaster, Postmaster.pidFile(dataDir), Duration.ofSeconds(20))) {
            throw new IllegalStateException("PostgreSQL in " + dataDir + " did not stop within 20 s");
        }
    }

    /** Starts it again and waits until it accepts connections. */
    void start() throws IOException, InterruptedException {
        List<String> options = lastOptions();
        Path postgres = Path.of(options.get(0));
        StringBuilder serverOptions = new StringBuilder();
        for (int i = 1; i < options.size(); i++) {
            if (options.get(i).equals("-D")) {
                i++; // given to pg_ctl itself
                continue;
            }
            serverOptions.append(" \"").append(options.get(i)).append('"');
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) { // as root: PostgreSQL refuses root, zonky runs it in a user namespace
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", dataDir.toString(),
                "-o", serverOptions.toString().trim(), "-w", "-t", "30", "start"));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!pgCtl.waitFor(40, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
            throw new IllegalStateException("pg_ctl start failed for " + dataDir + "; see " + log);
        }
    }

    /** The server's command line as postmaster.opts records it: the binary, then each argument in quotes. */
    private List<String> lastOptions() throws IOException {
        String opts = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
        List<String> options = new ArrayList<>();
        int firstQuote = opts.indexOf('"');
        options.add((firstQuote < 0 ? opts : opts.substring(0, firstQuote)).trim());
        Matcher quoted = QUOTED.matcher(opts);
        while (quoted.find()) {
            options.add(quoted.group(1));
        }
        return options;
    }

    /** The server's own log, for a test that checks how it stopped. */
    Optional<String> log() throws IOException {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        return Files.isRegularFile(log) ? Optional.of(Files.readString(log, StandardCharsets.ISO_8859_1)) : Optional.empty();
    }
}
