package org.refugeegraph;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log records the application writes while a @QuarkusTest runs (same JVM; the JBoss log
 * manager is java.util.logging underneath). Close it to stop capturing.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    public LogCapture() {
        root.addHandler(this);
    }

    /** "logger: message" of every record at or above the level. */
    public List<String> atLeast(Level level) {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= level.intValue())
                .map(r -> r.getLoggerName() + ": " + r.getMessage())
                .toList();
    }

    /** Every record of one logger, as "LEVEL message" (formatted with its parameters). */
    public List<String> of(String loggerName) {
        return records.stream()
                .filter(r -> loggerName.equals(r.getLoggerName()))
                .map(r -> r.getLevel() + " " + (r.getParameters() == null ? r.getMessage()
                        : String.format(r.getMessage(), r.getParameters())))
                .toList();
    }

    /** Every record of one logger, with its level, parameters and exception. */
    public List<LogRecord> records(String loggerName) {
        return records.stream().filter(r -> loggerName.equals(r.getLoggerName())).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
