package org.refugeegraph.graph;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import org.hibernate.Session;

import io.quarkus.arc.Unremovable;

/**
 * Cancels the statement a request is running when its client disconnects. Quarkus ends the
 * request context then (on the event loop), while the request's thread may still be waiting for
 * the database; the snapshot's session belongs to the transaction, not to the request, so
 * nothing else would stop that statement.
 */
@RequestScoped
@Unremovable // looked up by ReadSnapshots, which is not a bean
public class RunningStatements {
    private volatile Session session;

    void watch(Session snapshotSession) {
        this.session = snapshotSession;
    }

    @PreDestroy
    void cancel() {
        Session watched = session;
        if (watched != null && watched.isOpen()) {
            try {
                watched.cancelQuery(); // the one Session method safe from another thread
            } catch (RuntimeException e) {
                // The session closed in between: nothing runs any more.
            }
        }
    }
}
