package org.refugeegraph.graph;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Operation;

/**
 * Serves a batched field (`@Source List<Parent>`) with the value {@link LookAhead} loaded for its
 * parent, or else by handing the parent to the request's DataLoader, and nothing else. SmallRye's {@link BatchDataFetcher} does the same, but first
 * rebuilds its request context for every parent (walking the whole selected sub-tree twice),
 * fires events and wraps the answer twice: with several hundred parents per request that was
 * most of the CPU time of a linked query (see ../shared/design/performance-notes.md).
 * <p>
 * The loader stays SmallRye's (one per request and field); it reads its arguments and the
 * environment from the key context built here, exactly as from SmallRye's fetcher.
 */
final class LeanBatchFetcher implements DataFetcher<Object> {
    private final FieldCoordinates coordinates;
    private final String loaderName;
    private final ArgumentHelper arguments;
    private final boolean hasArguments;
    private final OperationInvoker batchMethod;

    /** The lean twin of SmallRye's fetcher, reading its loader name, argument helper and method. */
    LeanBatchFetcher(FieldCoordinates coordinates, BatchDataFetcher<?> original, boolean hasArguments) {
        this.coordinates = coordinates;
        this.loaderName = (String) read(original, "batchLoaderName");
        this.arguments = (ArgumentHelper) read(original, "argumentHelper");
        this.hasArguments = hasArguments;
        this.batchMethod = new OperationInvoker((Operation) read(original, "operation"));
    }

    FieldCoordinates coordinates() {
        return coordinates;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        if (FieldErrors.isAbandoned(environment.getGraphQlContext())) {
            // The client is gone and the request's beans with it: load nothing more.
            return CompletableFuture.completedFuture(null);
        }
        LookAhead lookAhead = LookAhead.of(environment.getGraphQlContext());
        Object value = lookAhead.value(environment.getSource(),
                new LookAhead.FieldCall(coordinates.getFieldName(), environment.getArguments()));
        if (value != LookAhead.NOT_LOADED) {
            return value;
        }
        lookAhead.missed(coordinates.toString());
        // The loader's cache key function casts the key context to HashMap (ExecutionService).
        Map<String, Object> keyContext = new HashMap<>(4);
        keyContext.put(BatchLoaderHelper.ARGUMENTS, hasArguments ? arguments.getArguments(environment, true) : List.of());
        keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
        return environment.getDataLoader(loaderName).load(environment.getSource(), keyContext);
    }

    /**
     * Calls the field's batch method for these parents, with the field's GraphQL arguments, on
     * this thread: the caller has the request context active. One value per parent, in order.
     */
    List<?> loadAll(DataFetchingEnvironment root, List<Object> parents, Map<String, Object> graphQLArguments) throws Exception {
        List<Object> methodArguments = new ArrayList<>(4);
        methodArguments.add(parents);
        if (hasArguments) {
            DataFetchingEnvironment field = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(root)
                    .arguments(graphQLArguments)
                    .build();
            methodArguments.addAll(arguments.getArguments(field, true));
        }
        List<?> values = batchMethod.invoke(methodArguments.toArray());
        if (values == null || values.size() != parents.size()) {
            throw new IllegalStateException(coordinates + " returned " + (values == null ? "null" : values.size() + " values")
                    + " for " + parents.size() + " parents");
        }
        return values;
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
