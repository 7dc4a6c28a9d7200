package org.refugeegraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.refugeegraph.graph.DatePrecision;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PartialDate;
import org.refugeegraph.graph.SqlFilter;

import com.fasterxml.jackson.databind.SequenceWriter;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams the events that match a filter in one SQL statement through a server-side cursor (PostgreSQL
 * sends 500 rows at a time inside a read-only transaction), handing each row to a Jackson writer as it arrives:
 * memory stays constant however many events match. Each row joins the event's preferred count claim and
 * its sources (distinct, via the event's citations), oldest events first.
 */
@ApplicationScoped
public class EventExport {
    static final int FETCH_SIZE = 500;
    /** Seconds a slow download may keep its transaction (and a database connection). */
    static final int TIMEOUT_SECONDS = 900;

    @Inject
    Session session;

    /** The statement; the filter's "from event e where ..." selects the events. */
    static String sql(SqlFilter filter) {
        return """
                select f.id, f.kind, f.status, f.title,
                       cast(f.date_start as text), cast(f.date_end as text), f.date_precision,
                       location.alpha3, origin.alpha3, destination.alpha3, perpetrator.name,
                       claim.best, claim.low, claim.high, claim.qualifier, claim.text,
                       sources.titles, sources.urls
                  from (select e.* %s) f
                  left join country location on location.id = f.location_id
                  left join country origin on origin.id = f.origin_id
                  left join country destination on destination.id = f.destination_id
                  left join actor perpetrator on perpetrator.id = f.perpetrator_id
                  left join count_claim claim on claim.event_id = f.id and claim.preferred
                  left join lateral (
                        select array_agg(s.title order by s.id) as titles, array_agg(s.url order by s.id) as urls
                          from source s
                         where s.id in (select c.source_id from citation c where c.event_id = f.id)
                       ) sources on true
                 order by f.date_start, f.id
                """.formatted(filter.fromWhere());
    }

    /**
     * Writes every matching event and closes the writer (not the response); a failure of the client's connection
     * ends the cursor and the transaction. After a failure the writer stays open, so that what it holds is never
     * flushed as a complete but truncated export.
     */
    void write(SqlFilter filter, SequenceWriter writer) throws IOException {
        try {
            QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> stream(filter, writer));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void stream(SqlFilter filter, SequenceWriter writer) {
        NativeQuery<?> query = session.createNativeQuery(sql(filter), Object[].class);
        filter.bind(query);
        query.setFetchSize(FETCH_SIZE);
        query.setReadOnly(true);
        try (ScrollableResults<?> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                writer.write(toRow((Object[]) rows.get()));
            }
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventRow toRow(Object[] c) {
        LocalDate start = LocalDate.parse((String) c[4]);
        LocalDate end = LocalDate.parse((String) c[5]);
        String date = new PartialDate(start, end, DatePrecision.valueOf((String) c[6])).getText();
        return new EventRow(GlobalId.encode(NodeType.Event, ((Number) c[0]).longValue()),
                (String) c[1], (String) c[2], (String) c[3], date, start.toString(), end.toString(),
                (String) c[7], (String) c[8], (String) c[9], (String) c[10],
                integer(c[11]), integer(c[12]), integer(c[13]), (String) c[14], (String) c[15],
                strings(c[16]), strings(c[17]));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(v -> v == null ? null : v.toString()).toList();
        }
        throw new IllegalStateException("Expected an array of text, got " + value.getClass().getName());
    }
}
