package org.refugeegraph.graph;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.Unremovable;

/**
 * How many GraphQL requests execute at once. Execution is CPU work in this process (the database
 * answers a linked query in a few milliseconds): beyond one request per core, more at once only
 * share the cores, while each holds its loaded rows and response tree in the heap. Measured on
 * 2 cores, 64 connections, headline query: 10 req/s and out of memory in a 160 MB heap without a
 * limit, 81 req/s with 2 slots. Waiting requests hold only their parsed input, in arrival order.
 */
@ApplicationScoped
@Unremovable // looked up by QueryExecution, which is not a bean
public class ExecutionSlots {
    private static final Logger LOG = Logger.getLogger(ExecutionSlots.class);

    private final Semaphore slots;
    private final int size;

    ExecutionSlots(@ConfigProperty(name = "refugee-graph.graphql.concurrent-requests") Optional<Integer> configured) {
        size = configured.orElse(Runtime.getRuntime().availableProcessors());
        if (size < 1) {
            throw new IllegalArgumentException("refugee-graph.graphql.concurrent-requests must be at least 1, got " + size);
        }
        slots = new Semaphore(size, true);
        LOG.infof("GraphQL requests executing at once: at most %d (refugee-graph.graphql.concurrent-requests)", size);
    }

    /**
     * Waits for a slot in arrival order (a timed wait would send the waiter to the back of the
     * queue); false, with no slot held, if the client left meanwhile.
     */
    boolean acquire(BooleanSupplier clientGone) throws InterruptedException {
        slots.acquire();
        if (clientGone.getAsBoolean()) {
            slots.release();
            return false;
        }
        return true;
    }

    void release() {
        slots.release();
    }

    public int size() {
        return size;
    }
}
