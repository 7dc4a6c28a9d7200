package org.refugeegraph.live;

import java.sql.Statement;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.refugeegraph.country.CountryService;
import org.refugeegraph.event.Event;
import org.refugeegraph.event.EventCriteria;
import org.refugeegraph.event.EventFilter;
import org.refugeegraph.event.EventService;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/** A subscriber's stream of newly recorded events: the notified ids, filtered by the same SQL as Query.events. */
@ApplicationScoped
public class RecordedEvents {
    private static final Logger LOG = Logger.getLogger(RecordedEvents.class);
    /** Notified ids loaded per statement. */
    private static final int CHUNK = 500;

    @Inject
    EventService events;
    @Inject
    CountryService countries;
    @Inject
    EventNotifications notifications;
    @Inject
    TransactionManager transactions;
    @Inject
    EntityManager entityManager;

    /**
     * The filter checked and resolved to ids (unknown country codes, malformed ids: a VALIDATION error). Runs when
     * a client subscribes, on the WebSocket's I/O thread, where Quarkus forbids blocking calls such as a query:
     * see {@link #loadCountries}.
     */
    @ActivateRequestContext
    public EventCriteria criteria(EventFilter filter) {
        return events.criteria(filter);
    }

    /**
     * Country codes are checked against the ISO catalog, which is loaded from the database on first use and then
     * served from memory: load it at start, so that checking a subscriber's filter never queries.
     */
    @ActivateRequestContext
    void loadCountries(@Observes StartupEvent start) {
        countries.idsForCodes(List.of("PRK"), "startup");
    }

    public Multi<Event> matching(EventCriteria criteria) {
        return notifications.recorded()
                // One slow subscriber must neither hold up the listener thread nor the other subscribers.
                .onOverflow().invoke(ids -> LOG.warnf("Live updates: a subscriber fell behind; %d recorded events skipped for it", ids.size()))
                .drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMultiAndConcatenate(ids -> Multi.createFrom().emitter(emitter -> deliver(criteria, ids, emitter)));
    }

    /**
     * Emits the events among the notified ids that match. GraphQL resolves the fields selected below each event
     * (location, claims, citations...) while the event is emitted, on this thread: within one read-only
     * transaction per chunk of ids, they come from the same snapshot as the event. A bulk insert notifies
     * thousands of ids at once; chunks keep each statement's bind parameters and each snapshot small.
     */
    private void deliver(EventCriteria criteria, List<Long> ids, MultiEmitter<? super Event> emitter) {
        for (int from = 0; from < ids.size() && !emitter.isCancelled(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try {
                transactions.begin();
                try {
                    entityManager.unwrap(Session.class).doWork(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("set transaction isolation level repeatable read, read only");
                        }
                    });
                    for (Event event : events.among(criteria, chunk)) {
                        emitter.emit(event);
                    }
                } finally {
                    transactions.rollback(); // read only: nothing to keep
                }
            } catch (Exception e) {
                // E.g. the database is unreachable: this subscriber misses these events but stays subscribed.
                LOG.warnf("Live updates: could not load %d recorded events for a subscriber: %s", chunk.size(), e.toString());
            }
        }
        emitter.complete();
    }
}
