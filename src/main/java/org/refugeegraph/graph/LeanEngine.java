package org.refugeegraph.graph;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.spi.EventingService;

/**
 * Plugs our lean execution parts into SmallRye's GraphQL just before it is built: every batched
 * field gets a {@link LeanBatchFetcher}, every root query field loads ahead what is selected below
 * it ({@link LookAhead}), every subscription item is resolved with empty DataLoader caches
 * ({@link SubscriptionItems}), and field errors are logged by what they are ({@link FieldErrors}).
 * Found by ServiceLoader through META-INF/services; always on (no config key).
 * <p>
 * SmallRye calls this twice, concurrently, at start, each time with a new builder: the change is
 * a pure function of the schema it is given, so both calls give the same engine.
 */
@RegisterForReflection(targets = { LeanEngine.class, BatchDataFetcher.class }, fields = true)
public class LeanEngine implements EventingService {
    private static final Logger LOG = Logger.getLogger(LeanEngine.class);

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // GraphQL.Builder has no getter for its schema; building once at start is cheap.
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder lean = GraphQLCodeRegistry.newCodeRegistry(registry);
        int replaced = 0;
        int getters = 0;
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    if (fetcher instanceof BatchDataFetcher<?> batch) {
                        lean.dataFetcher(coordinates, new LeanBatchFetcher(coordinates, batch, !field.getArguments().isEmpty()));
                        replaced++;
                    } else if (fetcher instanceof GetterDataFetcher<?>) {
                        getters++;
                    }
                }
            }
        }
        GraphQLObjectType query = schema.getQueryType();
        for (GraphQLFieldDefinition field : query.getFieldDefinitions()) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(query, field);
            lean.dataFetcher(coordinates, LookAhead.after(registry.getDataFetcher(coordinates, field)));
        }
        GraphQLObjectType subscription = schema.getSubscriptionType();
        if (subscription != null) {
            for (GraphQLFieldDefinition field : subscription.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(subscription, field);
                lean.dataFetcher(coordinates, SubscriptionItems.forgettingEarlierItems(registry.getDataFetcher(coordinates, field)));
            }
        }
        EngineParts.Fields fields = new EngineParts.Fields(replaced, getters, query.getFieldDefinitions().size());
        EngineParts.plugged(LeanEngine.class);
        if (EngineParts.built(fields)) { // once, although SmallRye builds twice
            LOG.infof("GraphQL engine: %s", fields.summary());
        }
        GraphQLSchema leanSchema = schema.transformWithoutTypes(b -> b.codeRegistry(lean.build()));
        // build() above already gave the builder strategies with SmallRye's exception handler: replace them.
        FieldErrors errors = new FieldErrors();
        return builder.schema(leanSchema)
                .defaultDataFetcherExceptionHandler(errors)
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors));
    }
}
