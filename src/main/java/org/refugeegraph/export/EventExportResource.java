package org.refugeegraph.export;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.event.EventService;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.SqlFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * Export for journalists: every event that matches the GraphQL EventFilter's options (as query parameters),
 * one row per event with its preferred count of people and its sources, as CSV or as a JSON array.
 * Streamed from a database cursor, so any number of events takes the same memory.
 */
@Path("/export")
public class EventExportResource {
    private static final Logger LOG = Logger.getLogger(EventExportResource.class);
    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";
    private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8");
    /** A guess at when a permit is free again; most exports end within seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    EventService eventService;
    @Inject
    EventRepository events;

    @Inject
    EventExport export;

    @Inject
    EventFormats formats;

    @Inject
    ExportLimit limit;

    @GET
    @Path("events.csv")
    @Produces(CSV)
    public Response csv(@Context UriInfo uri, @Context RoutingContext request) {
        SqlFilter filter = filter(uri);
        return limited(request, out -> export.write(filter, formats.csv(out)), CSV,
                "attachment; filename=\"events.csv\"");
    }

    @GET
    @Path("events.json")
    @Produces(JSON)
    public Response json(@Context UriInfo uri, @Context RoutingContext request) {
        SqlFilter filter = filter(uri);
        return limited(request, out -> {
            export.write(filter, formats.json(out));
            out.write('\n'); // after the array, as before: a terminal shows the prompt on its own line
        }, JSON, "inline; filename=\"events.json\"");
    }

    /**
     * Streams the body while holding one of the {@link ExportLimit}'s permits, or answers 503 when none is free.
     * Called after the parameters are checked, so a bad request stays a 400 and takes no permit. The permit is
     * given back when the body ends, fails, or the client goes away (then the next write fails, which ends the
     * database cursor and its transaction), and at the latest when the response ends: the body of a HEAD
     * request is never written.
     */
    private Response limited(RoutingContext request, StreamingOutput body, String type, String disposition) {
        Optional<ExportLimit.Permit> permit = limit.tryAcquire();
        if (permit.isEmpty()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .type(TEXT)
                    .entity("Too many exports are running (at most " + limit.max() + " at once): try again in "
                            + RETRY_AFTER_SECONDS + " seconds.\n")
                    .build();
        }
        // Also when the client goes away: the worker then stops at its next write, a few rows later.
        request.addEndHandler(ended -> permit.get().close());
        StreamingOutput held = out -> {
            try (ExportLimit.Permit p = permit.get()) {
                body.write(new ClientOutputStream(out, request.response()));
            } catch (IOException e) {
                if (!request.response().closed()) {
                    throw e;
                }
                // Not an error of ours: there is no one left to send the rest to.
                LOG.info("Export stopped: the client closed the connection");
            }
        };
        return Response.ok(held, type).header(HttpHeaders.CONTENT_DISPOSITION, disposition).build();
    }

    /** Checks every parameter (and every country code and id against the database) before the first byte is sent. */
    private SqlFilter filter(UriInfo uri) {
        return events.filter(eventService.criteria(EventExportParameters.parse(uri.getQueryParameters())));
    }

    @ServerExceptionMapper
    Response badInput(BadInputException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(TEXT)
                .entity(e.getMessage() + "\n")
                .build();
    }
}
