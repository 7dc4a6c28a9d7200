package org.refugeegraph.graphiql;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GraphiQL for journalists: {@code /} sends browsers to {@code /graphiql}, the page kept in
 * META-INF/resources/graphiql/ (also served as /graphiql/), with GraphiQL and React from webjars in the jar.
 * The page asks {@code /graphiql/examples.json} for the example questions, and opens {@code /graphiql?query=...}
 * (a link from the story page) in its own tab.
 */
@Path("/")
public class GraphiqlResource {
    static final String PAGE = "META-INF/resources/graphiql/index.html";
    /** docs/methodology.md of the repository, put on the classpath by the pom. */
    static final String METHODOLOGY = "docs/methodology.md";

    @Inject
    ExampleQueries examples;

    /** Browsers follow the redirect; a client that does not gets both pages for journalists as links. */
    @GET
    public Response root() {
        return Response.seeOther(URI.create("/graphiql")).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity("<!doctype html><title>refugee-graph</title><p><a href=\"/graphiql\">GraphiQL</a>"
                        + " · <a href=\"/story\">Story page</a></p>\n")
                .build();
    }

    @GET
    @Path("graphiql")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String page() {
        return ExampleQueries.read(PAGE);
    }

    /** What the graph's words mean and how conflicting figures are handled; plain text, so that browsers show it. */
    @GET
    @Path("docs/methodology.md")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String methodology() {
        return ExampleQueries.read(METHODOLOGY);
    }

    @GET
    @Path("graphiql/examples.json")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ExampleQueries.Example> examples() {
        return examples.all();
    }
}
