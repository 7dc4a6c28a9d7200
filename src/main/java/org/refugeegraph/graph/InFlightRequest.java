package org.refugeegraph.graph;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import org.hibernate.Session;

import io.quarkus.arc.Unremovable;

/**
 * What a GraphQL request holds while it runs: its execution slot and its snapshot's session.
 * The request's thread gives the slot back after execution. If the client disconnects first,
 * Quarkus ends the request context and both are given back at once: the request's thread may
 * still be waiting for the database, and the snapshot's session belongs to the transaction, not
 * to the request, so nothing else would stop that statement.
 */
@RequestScoped
@Unremovable // looked up by QueryExecution, which is not a bean
public class InFlightRequest {
    // Guarded by this: the request's thread hands things over while the event loop may be ending it.
    private ExecutionSlots slot;
    private Session session;
    private boolean ended;

    /** False if the request has already ended: then the caller gives the slot back. */
    synchronized boolean holdSlot(ExecutionSlots slots) {
        if (ended) {
            return false;
        }
        slot = slots;
        return true;
    }

    /** True between {@link #holdSlot} and the end of execution. */
    synchronized boolean holdsSlot() {
        return slot != null;
    }

    synchronized void watch(Session snapshotSession) {
        session = snapshotSession;
    }

    /** After execution, on the request's thread; safe to call twice. */
    synchronized void releaseSlot() {
        if (slot != null) {
            slot.release();
            slot = null;
        }
    }

    @PreDestroy
    synchronized void end() {
        ended = true;
        if (session != null && session.isOpen()) {
            try {
                session.cancelQuery(); // the one Session method safe from another thread
            } catch (RuntimeException e) {
                // The session closed in between: nothing runs any more.
            }
        }
        releaseSlot();
    }
}
