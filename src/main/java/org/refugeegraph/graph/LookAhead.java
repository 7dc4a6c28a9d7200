package org.refugeegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import org.jboss.logging.Logger;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SelectedField;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.RequestContextHelper;

/**
 * The linked values of one request, loaded ahead. When a root field has its answer, the walk
 * reads the selection set below it and loads every selected batched field, level by level, with
 * the same batch methods the DataLoaders call (one call per field and level, so statements still
 * grow with depth, never with rows). The batched fields' fetchers then answer from here with
 * plain values instead of one DataLoader future per parent ({@link LeanBatchFetcher}).
 * <p>
 * Values are kept per parent object (by identity) and per field with its arguments, not per alias
 * or path: what a field returns depends on nothing else. So aliases of one field with the same
 * arguments load once, and with other arguments load apart. Fragments and @skip/@include are
 * already resolved in graphql-java's selection set. Below an interface or union (node, search)
 * each object's type is the one whose getters read its class. The DataLoaders serve anything not
 * loaded here (a batch method that failed: the field reports it, with its path).
 */
final class LookAhead {
    private static final Logger LOG = Logger.getLogger(LookAhead.class);
    private static final String KEY = LookAhead.class.getName();
    /** Returned by {@link #value} when the field was not loaded ahead for that parent. */
    static final Object NOT_LOADED = new Object();

    private final Map<Object, Map<FieldCall, Object>> values = new IdentityHashMap<>();
    private final Set<String> missed = new HashSet<>();

    /** A field with the arguments it was called with. */
    record FieldCall(String field, Map<String, Object> arguments) {
    }

    /** This request's values (none yet before a root field has loaded ahead). */
    static LookAhead of(GraphQLContext request) {
        return request.computeIfAbsent(KEY, key -> new LookAhead());
    }

    /** A root field's fetcher that, once it has the answer, loads ahead what is selected below it. */
    static DataFetcher<Object> after(DataFetcher<?> rootFetcher) {
        return root -> {
            Object answer = rootFetcher.get(root);
            if (answer instanceof CompletionStage<?> later) {
                return later.thenApply(value -> walkBelow(root, value));
            }
            return walkBelow(root, answer);
        };
    }

    private static <T> T walkBelow(DataFetchingEnvironment root, T answer) {
        Object data = answer instanceof DataFetcherResult<?> result ? result.getData() : answer;
        if (data == null || FieldErrors.isAbandoned(root.getGraphQlContext())) {
            return answer;
        }
        // Quarkus ends the request context after each fetcher; the batch methods need it again.
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        RequestContextHelper.reactivate(request, root);
        try {
            of(root.getGraphQlContext()).walk(root, parentsOf(List.of(data)), root.getFieldType(), root.getSelectionSet().getImmediateFields());
        } catch (RuntimeException e) {
            // A fault of the walk must not cost the answer: the DataLoaders serve what it left.
            LOG.errorf(e, "Loading ahead below %s failed", root.getExecutionStepInfo().getPath());
        } finally {
            if (activated) {
                request.deactivate();
            }
        }
        return answer;
    }

    synchronized Object value(Object parent, FieldCall call) {
        Map<FieldCall, Object> loaded = values.get(parent);
        return loaded == null ? NOT_LOADED : loaded.getOrDefault(call, NOT_LOADED);
    }

    /** Logs once per request and field which batched fields the DataLoaders had to serve. */
    synchronized void missed(String coordinates) {
        if (missed.add(coordinates)) {
            LOG.debugf("Not loaded ahead: %s", coordinates);
        }
    }

    private synchronized void put(Object parent, FieldCall call, Object value) {
        values.computeIfAbsent(parent, p -> new HashMap<>(4)).put(call, value);
    }

    private void walk(DataFetchingEnvironment root, List<Object> parents, GraphQLOutputType type, List<SelectedField> selection) {
        if (parents.isEmpty()) {
            return;
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        if (unwrapped instanceof GraphQLObjectType objectType) {
            walk(root, parents, objectType, selection);
        } else if (unwrapped instanceof GraphQLInterfaceType || unwrapped instanceof GraphQLUnionType) {
            GraphQLNamedOutputType abstractType = (GraphQLNamedOutputType) unwrapped;
            Map<GraphQLObjectType, List<Object>> byType = new HashMap<>();
            for (Object parent : parents) {
                GraphQLObjectType objectType = objectTypeOf(parent, abstractType, root.getGraphQLSchema());
                if (objectType != null) {
                    byType.computeIfAbsent(objectType, t -> new ArrayList<>()).add(parent);
                }
            }
            byType.forEach((objectType, ofType) -> walk(root, ofType, objectType, selection));
        }
    }

    private void walk(DataFetchingEnvironment root, List<Object> parents, GraphQLObjectType objectType, List<SelectedField> selection) {
        GraphQLCodeRegistry registry = root.getGraphQLSchema().getCodeRegistry();
        for (SelectedField selected : selection) {
            GraphQLFieldDefinition field = objectType.getFieldDefinition(selected.getName());
            if (field == null || !selected.getObjectTypeNames().contains(objectType.getName())
                    || FieldErrors.isAbandoned(root.getGraphQlContext())) {
                continue; // __typename, a fragment on another type, or the client is gone
            }
            DataFetcher<?> fetcher = registry.getDataFetcher(objectType, field);
            List<Object> children;
            if (fetcher instanceof LeanBatchFetcher batched) {
                children = load(root, batched, parents, new FieldCall(field.getName(), selected.getArguments()));
            } else if (fetcher instanceof GetterDataFetcher<?> getter && !selected.getSelectionSet().getImmediateFields().isEmpty()) {
                children = read(getter, parents);
            } else {
                continue; // a leaf, or a field computed by other means
            }
            walk(root, parentsOf(children), field.getType(), selected.getSelectionSet().getImmediateFields());
        }
    }

    /** The object type of a member of an interface or union: the one whose getters read its class. */
    private static GraphQLObjectType objectTypeOf(Object value, GraphQLNamedOutputType abstractType, GraphQLSchema schema) {
        List<GraphQLObjectType> candidates = abstractType instanceof GraphQLUnionType union
                ? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
                : schema.getImplementations((GraphQLInterfaceType) abstractType);
        for (GraphQLObjectType candidate : candidates) {
            for (GraphQLFieldDefinition field : candidate.getFieldDefinitions()) {
                if (schema.getCodeRegistry().getDataFetcher(candidate, field) instanceof GetterDataFetcher<?> getter) {
                    if (getter.reads(value.getClass())) {
                        return candidate;
                    }
                    break; // one getter tells the type's class
                }
            }
        }
        return null; // unknown: left to the DataLoaders
    }

    /** The field's values for the parents, loading those not loaded yet with one batch call. */
    private List<Object> load(DataFetchingEnvironment root, LeanBatchFetcher fetcher, List<Object> parents, FieldCall call) {
        List<Object> toLoad = parents.stream().filter(parent -> value(parent, call) == NOT_LOADED).toList();
        if (!toLoad.isEmpty()) {
            try {
                List<?> loaded = fetcher.loadAll(root, toLoad, call.arguments());
                for (int i = 0; i < toLoad.size(); i++) {
                    put(toLoad.get(i), call, loaded.get(i));
                }
            } catch (Exception e) {
                // Bad arguments and failures are reported by the field itself, with its path.
                LOG.debugf("Not loaded ahead: %s (%s)", fetcher.coordinates(), e);
                return List.of();
            }
        }
        return parents.stream().map(parent -> value(parent, call)).toList();
    }

    private static List<Object> read(GetterDataFetcher<?> getter, List<Object> parents) {
        List<Object> children = new ArrayList<>(parents.size());
        for (Object parent : parents) {
            try {
                children.add(getter.read(parent));
            } catch (ReflectiveOperationException e) {
                return List.of(); // the getter itself will report it
            }
        }
        return children;
    }

    /** The distinct objects among values that may be lists, each once (by identity). */
    private static List<Object> parentsOf(Collection<?> values) {
        Set<Object> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> parents = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value instanceof Collection<?> list) {
                for (Object item : list) {
                    if (item != null && distinct.add(item)) {
                        parents.add(item);
                    }
                }
            } else if (value != null && distinct.add(value)) {
                parents.add(value);
            }
        }
        return parents;
    }
}
