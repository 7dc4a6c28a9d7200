package org.refugeegraph.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The README's example questions, read from src/main/resources/examples/ (the one source of their text):
 * index.txt gives the order and titles, each .graphql file the query.
 */
@ApplicationScoped
public class ExampleQueries {
    static final String FOLDER = "examples/";
    static final String INDEX = FOLDER + "index.txt";

    /**
     * One example: file name without .graphql, the README's title, the query as kept in the file, and the
     * JSON text of its variables from &lt;name&gt;.variables.json beside it (null when it has none).
     */
    @RegisterForReflection
    public record Example(String name, String title, String query, String variables) {
    }

    private volatile List<Example> examples;

    public List<Example> all() {
        List<Example> loaded = examples;
        if (loaded == null) {
            loaded = load();
            examples = loaded;
        }
        return loaded;
    }

    static List<Example> load() {
        List<Example> examples = new ArrayList<>();
        for (String line : read(INDEX).split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1 || !entry.substring(0, colon).endsWith(".graphql")) {
                throw new IllegalStateException(INDEX + ": expected '<file>.graphql: <title>', got '" + entry + "'");
            }
            String file = entry.substring(0, colon).strip();
            String name = file.substring(0, file.length() - ".graphql".length());
            examples.add(new Example(name, entry.substring(colon + 1).strip(), read(FOLDER + file),
                    readIfPresent(FOLDER + name + ".variables.json")));
        }
        return List.copyOf(examples);
    }

    /** A classpath resource as UTF-8 text; a missing one is a packaging mistake. */
    public static String read(String resource) {
        String text = readIfPresent(resource);
        if (text == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        return text;
    }

    private static String readIfPresent(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
