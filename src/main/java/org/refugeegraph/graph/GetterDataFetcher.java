package org.refugeegraph.graph;

import java.lang.reflect.Method;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;

/**
 * Reads a plain field (a getter or public field) of an object. SmallRye's own fetcher for such a
 * field first fills its request context, including the whole selected sub-tree as JSON, for every
 * field of every object: most of the CPU time of a linked query went there (profiled under the
 * benchmark). Getters never read that context, so this fetcher skips it and keeps SmallRye's
 * transformation of the value (dates, numbers).
 */
class GetterDataFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {
    private final Field field;
    private final Reference owner;
    private final FieldHelper helper;
    private volatile Accessor accessor;

    GetterDataFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.helper = new FieldHelper(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        if (source == null) {
            return null;
        }
        return (T) helper.transformOrAdaptResponse(accessor().read(source), environment);
    }

    /** Whether this getter reads objects of that class, i.e. the field belongs to its GraphQL type. */
    boolean reads(Class<?> type) {
        return owner.getClassName().equals(type.getName());
    }

    /** The field's value as the getter returns it, untransformed (for {@link LookAhead}). */
    Object read(Object source) throws ReflectiveOperationException {
        return accessor().read(source);
    }

    private Accessor accessor() throws ReflectiveOperationException {
        Accessor current = accessor;
        if (current == null) {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            if (field.getMethodName() != null) {
                Method getter = type.getMethod(field.getMethodName());
                current = getter::invoke;
            } else {
                java.lang.reflect.Field publicField = type.getField(field.getPropertyName());
                current = publicField::get;
            }
            accessor = current;
        }
        return current;
    }

    @FunctionalInterface
    private interface Accessor {
        Object read(Object source) throws ReflectiveOperationException;
    }
}
