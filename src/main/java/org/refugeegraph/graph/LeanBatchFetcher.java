package org.refugeegraph.graph;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * Serves a batched field (`@Source List<Parent>`) by handing its parent to the request's
 * DataLoader, and nothing else. SmallRye's {@link BatchDataFetcher} does the same, but first
 * rebuilds its request context for every parent (walking the whole selected sub-tree twice),
 * fires events and wraps the answer twice: with several hundred parents per request that was
 * most of the CPU time of a linked query (see ../shared/design/performance-notes.md).
 * <p>
 * The loader stays SmallRye's (one per request and field); it reads its arguments and the
 * environment from the key context built here, exactly as from SmallRye's fetcher.
 */
final class LeanBatchFetcher implements DataFetcher<Object> {
    private final String loaderName;
    private final ArgumentHelper arguments;
    private final boolean hasArguments;

    private LeanBatchFetcher(String loaderName, ArgumentHelper arguments, boolean hasArguments) {
        this.loaderName = loaderName;
        this.arguments = arguments;
        this.hasArguments = hasArguments;
    }

    /** The lean twin of SmallRye's fetcher, reading its loader name and argument helper. */
    static LeanBatchFetcher replacing(BatchDataFetcher<?> original, boolean hasArguments) {
        return new LeanBatchFetcher(
                (String) read(original, "batchLoaderName"),
                (ArgumentHelper) read(original, "argumentHelper"),
                hasArguments);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        if (FieldErrors.isAbandoned(environment.getGraphQlContext())) {
            // The client is gone and the request's beans with it: load nothing more.
            return CompletableFuture.completedFuture(null);
        }
        // The loader's cache key function casts the key context to HashMap (ExecutionService).
        Map<String, Object> keyContext = new HashMap<>(4);
        keyContext.put(BatchLoaderHelper.ARGUMENTS, hasArguments ? arguments.getArguments(environment, true) : List.of());
        keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
        return environment.getDataLoader(loaderName).load(environment.getSource(), keyContext);
    }

    private static Object read(BatchDataFetcher<?> original, String fieldName) {
        try {
            Field field = BatchDataFetcher.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(original);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A SmallRye upgrade renamed its fields: fail at start, not on the first query.
            throw new IllegalStateException("Cannot read " + fieldName + " of SmallRye's BatchDataFetcher", e);
        }
    }
}
