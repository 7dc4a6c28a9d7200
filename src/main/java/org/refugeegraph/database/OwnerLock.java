package org.refugeegraph.database;

import static org.refugeegraph.database.EmbeddedPostgresException.LOG;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * {@code <data-dir>.lock}: an OS lock held for the JVM's lifetime (gone with a killed JVM) and its pid. A lock file
 * nobody holds beside a running postmaster means the run that started it was killed.
 */
final class OwnerLock {
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
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL cannot open its lock file " + file + " (" + e
                    + "); fix the folder's permissions or set " + EmbeddedPostgresConfig.DATA_DIR
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
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL cannot lock " + file + " (" + e + "); set "
                    + EmbeddedPostgresConfig.DATA_DIR + " / QUARKUS_DATASOURCE_JDBC_URL");
        }
        if (lock == null) {
            closeQuietly(channel);
            throw EmbeddedPostgresException.logged("Embedded PostgreSQL: the data in " + dataDir
                    + " is in use by another running instance of this application"
                    + (previousOwner == null ? "" : " (pid " + previousOwner + ")")
                    + "; stop it, or give this one its own " + EmbeddedPostgresConfig.DATA_DIR
                    + " and " + EmbeddedPostgresConfig.PORT + ", or set QUARKUS_DATASOURCE_JDBC_URL");
        }
        return new OwnerLock(file, channel, lock, previousOwner);
    }

    /** The pid the lock file named before we took it: the run that left a stale server, if any. */
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
