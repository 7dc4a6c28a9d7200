package org.refugeegraph.graph;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Serves the plain fields of our types (getters such as Event.title) with {@link GetterDataFetcher}.
 * Registered in META-INF/services; its priority puts it before Quarkus' own service, which still
 * serves every operation and batched field. Both are registered for reflection so that ServiceLoader can
 * create them in the native binary too (see quarkus.native.resources.includes).
 */
@RegisterForReflection(targets = { GetterDataFetcherService.class, QuarkusDataFetcherService.class })
public class GetterDataFetcherService implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    @SuppressWarnings("rawtypes") // the SPI declares the raw type
    public PlugableDataFetcher getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new GetterDataFetcher<>(field, owner);
    }
}
