package org.refugeegraph.export;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * How many exports may run at once. An export keeps a worker thread and a database connection for as long
 * as its client takes to read it (up to {@link EventExport#TIMEOUT_SECONDS}), so without a limit a few slow
 * downloads could take every connection and /graphql would stop answering. Beyond the limit a request is
 * refused at once rather than queued: a queue would hold threads too.
 */
@Startup // a wrong setting stops the start, not the first export
@ApplicationScoped
public class ExportLimit {
    private static final Logger LOG = Logger.getLogger(ExportLimit.class);

    private final int max;
    private final Semaphore permits;

    /** @param max refugee-graph.export.max-concurrent, set (and its default given) in application.properties */
    ExportLimit(@ConfigProperty(name = "refugee-graph.export.max-concurrent") int max) {
        if (max < 1) {
            throw new IllegalArgumentException("refugee-graph.export.max-concurrent is " + max + ": it must be at least 1.");
        }
        this.max = max;
        this.permits = new Semaphore(max);
    }

    int max() {
        return max;
    }

    /** A permit to run one export, or empty when {@link #max()} exports are running already. Never waits. */
    Optional<Permit> tryAcquire() {
        if (!permits.tryAcquire()) {
            LOG.infof("Export refused with 503: %d exports are running already (refugee-graph.export.max-concurrent)", max);
            return Optional.empty();
        }
        return Optional.of(new Permit());
    }

    /** Gives its place back on the first close only, so that no path can release it twice. */
    final class Permit implements AutoCloseable {
        private final AtomicBoolean held = new AtomicBoolean(true);

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) {
                permits.release();
            }
        }
    }
}
