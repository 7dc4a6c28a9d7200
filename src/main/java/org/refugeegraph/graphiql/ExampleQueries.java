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

    /** One example: file name without .graphql, the README's title, the query as kept in the file. */
    @RegisterForReflection
    public record Example(String name, String title, String query) {
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
            examples.add(new Example(file.substring(0, file.length() - ".graphql".length()),
                    entry.substring(colon + 1).strip(), read(FOLDER + file)));
        }
        return List.copyOf(examples);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
