package org.refugeegraph.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.refugeegraph.graphiql.ExampleQueries;

/**
 * The story page for journalists ({@code /story}, kept in META-INF/resources/story/): three views drawn from the
 * public API only. The page asks {@code /story/queries.json} for its GraphQL queries, kept as .graphql files
 * beside the README's examples (examples/story/index.txt names them), and sends them to POST /graphql itself.
 */
@Path("/story")
public class StoryResource {
    static final String PAGE = "META-INF/resources/story/index.html";
    static final String INDEX = "examples/story/index.txt";

    private volatile Map<String, String> queries;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String page() {
        return ExampleQueries.read(PAGE);
    }

    /** View name to query text, in the order of index.txt. */
    @GET
    @Path("queries.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> queries() {
        Map<String, String> loaded = queries;
        if (loaded == null) {
            loaded = load();
            queries = loaded;
        }
        return loaded;
    }

    static Map<String, String> load() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String line : ExampleQueries.read(INDEX).split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1 || !entry.endsWith(".graphql")) {
                throw new IllegalStateException(INDEX + ": expected '<view>: <file>.graphql', got '" + entry + "'");
            }
            queries.put(entry.substring(0, colon).strip(), ExampleQueries.read("examples/" + entry.substring(colon + 1).strip()));
        }
        return Collections.unmodifiableMap(queries);
    }
}
