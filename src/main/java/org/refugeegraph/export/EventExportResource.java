package org.refugeegraph.export;

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

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.SqlFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Export for journalists: every event that matches the GraphQL EventFilter's options (as query parameters),
 * one row per event with its preferred count of people and its sources, as CSV or as a JSON array.
 * Streamed from a database cursor, so any number of events takes the same memory.
 */
@Path("/export")
public class EventExportResource {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";

    @Inject
    EventRepository events;

    @Inject
    EventExport export;

    @Inject
    ObjectMapper objectMapper;

    @GET
    @Path("events.csv")
    @Produces(CSV)
    public Response csv(@Context UriInfo uri) {
        SqlFilter filter = filter(uri);
        StreamingOutput body = out -> export.write(filter, new CsvEventWriter(out));
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.csv\"")
                .build();
    }

    @GET
    @Path("events.json")
    @Produces(JSON)
    public Response json(@Context UriInfo uri) {
        SqlFilter filter = filter(uri);
        StreamingOutput body = out -> export.write(filter, new JsonEventWriter(objectMapper.getFactory(), out));
        return Response.ok(body, JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"events.json\"")
                .build();
    }

    /** Checks every parameter (and every country code and id against the database) before the first byte is sent. */
    private SqlFilter filter(UriInfo uri) {
        return events.filter(EventExportParameters.parse(uri.getQueryParameters()));
    }

    @ServerExceptionMapper
    Response badInput(BadInputException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(e.getMessage() + "\n")
                .build();
    }
}
