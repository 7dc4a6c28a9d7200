package org.refugeegraph.graph;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.VariableReference;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Refuses a query that is too big before anything runs: too deep, too many fields, or too large an
 * estimated answer; and a document with too many tokens before it is even parsed (graphql-java's
 * parser counts them). Each refusal is one error with code LIMIT_EXCEEDED; no resolver runs, no read
 * snapshot opens ({@link QueryExecution} opens it when execution starts) and no statement is sent.
 * <p>
 * The check runs where graphql-java validates a document, which happens once per distinct document
 * text: SmallRye keeps valid documents in a cache keyed by that text and validates nothing it finds
 * there. A refused document is never cached (the check throws before SmallRye's cache sees the
 * validation end), so it is refused again each time, at the same small cost. Measured on one core:
 * 3 us for the benchmark's headline query, 17 us for GraphiQL's introspection query (parsing them
 * takes 150 and 300 us). Because the check sees
 * a document and not its variables, a page size given by a variable counts as the largest page a
 * connection serves (100).
 * <p>
 * Limits (application.properties, section GraphQL): refugee-graph.graphql.max-depth,
 * .max-fields, .max-complexity and .max-tokens.
 */
@RegisterForReflection(methods = false, fields = false, ignoreNested = true) // ServiceLoader needs the constructor only
public class QueryLimits implements EventingService {
    private static final Logger LOG = Logger.getLogger(QueryLimits.class);

    static final String CODE = "LIMIT_EXCEEDED";

    /** The limits, read once when the engine is built. */
    public record Limits(int maxDepth, int maxFields, long maxComplexity, int maxTokens) {
        static Limits fromConfig() {
            Config config = ConfigProvider.getConfig();
            return new Limits(
                    config.getOptionalValue("refugee-graph.graphql.max-depth", Integer.class).orElse(15),
                    config.getOptionalValue("refugee-graph.graphql.max-fields", Integer.class).orElse(300),
                    config.getOptionalValue("refugee-graph.graphql.max-complexity", Long.class).orElse(500_000L),
                    config.getOptionalValue("refugee-graph.graphql.max-tokens", Integer.class).orElse(5_000));
        }
    }

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        EngineParts.plugged(QueryLimits.class);
        Limits limits = Limits.fromConfig();
        // graphql-java parses operations with its "operation" parser options; SmallRye's parser settings
        // (quarkus.smallrye-graphql.parser-max-tokens) set its general ones, which operations do not use.
        ParserOptions parser = ParserOptions.getDefaultOperationParserOptions();
        ParserOptions.setDefaultOperationParserOptions(parser.transform(b -> b.maxTokens(limits.maxTokens())));
        // Around SmallRye's own instrumentation (its query cache): ours sees the end of a validation first, and a
        // document it refuses never reaches the cache, which stores a document when its validation ends well.
        LOG.debugf("GraphQL query limits: %s", limits);
        return builder.instrumentation(new Check(limits, builder.build().getInstrumentation()));
    }

    /** Aborts, after graphql-java's own validation found nothing wrong, a document beyond the limits. */
    static final class Check extends ForwardingInstrumentation {
        private final Limits limits;

        Check(Limits limits, Instrumentation delegate) {
            super(delegate);
            this.limits = limits;
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                InstrumentationState state) {
            return around(delegate.beginValidation(parameters, state), (errors, failure) -> {
                if (failure == null && (errors == null || errors.isEmpty())) {
                    ClientError refusal = check(parameters.getDocument(), parameters.getSchema(), limits);
                    if (refusal != null) {
                        LOG.debugf("%s: %s", CODE, refusal.message());
                        throw new AbortExecutionException(List.of(refusal));
                    }
                }
            }, (errors, failure) -> {
            });
        }
    }

    /** The first limit the document passes, as the error for the client; null within every limit. */
    public static ClientError check(Document document, GraphQLSchema schema, Limits limits) {
        Walk walk = new Walk(document, schema, limits);
        try {
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                walk.operation(operation);
            }
            return null;
        } catch (Exceeded exceeded) {
            return ClientError.of(CODE, exceeded.getMessage(), exceeded.location == null ? List.of() : List.of(exceeded.location));
        }
    }

    private static final class Exceeded extends RuntimeException {
        final transient SourceLocation location;

        Exceeded(String message, SourceLocation location) {
            super(message, null, false, false);
            this.location = location;
        }
    }

    /**
     * One walk over the operations with their fragments expanded, as execution would see them. Depth:
     * fields nested in fields (a root field is 1). Fields: every field once per place it is selected,
     * aliases and each use of a fragment included. Complexity: how many values the answer could hold,
     * each field counted once per object it is asked of; a list multiplies what is below it by its
     * page size ({@code first}/{@code last}, default 20), by the page size of the connection it belongs
     * to ({@code nodes}, {@code edges}), or else by 20.
     */
    private static final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final GraphQLSchema schema;
        private final Limits limits;
        int fields;
        int maxDepth;
        long maxComplexity;
        private long complexity;

        Walk(Document document, GraphQLSchema schema, Limits limits) {
            this.fragments = new java.util.HashMap<>();
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.put(fragment.getName(), fragment);
            }
            this.schema = schema;
            this.limits = limits;
        }

        void operation(OperationDefinition operation) {
            GraphQLCompositeType root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            complexity = 0; // each operation runs on its own: the largest one counts
            selections(operation.getSelectionSet(), root, 1, 1, 0);
        }

        private void selections(SelectionSet set, GraphQLCompositeType type, int depth, long multiplier, int pageSize) {
            if (set == null) {
                return;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    field(field, type, depth, multiplier, pageSize);
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLCompositeType on = inline.getTypeCondition() == null ? type
                            : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
                    selections(inline.getSelectionSet(), on, depth, multiplier, pageSize);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        GraphQLCompositeType on = (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName());
                        selections(fragment.getSelectionSet(), on, depth, multiplier, pageSize);
                    }
                }
            }
        }

        private void field(Field field, GraphQLCompositeType parent, int depth, long multiplier, int pageSize) {
            fields++;
            if (fields > limits.maxFields()) {
                throw new Exceeded("The query selects more than " + limits.maxFields()
                        + " fields (aliases and fragments counted at each use). Ask for fewer fields, or split the query.",
                        field.getSourceLocation());
            }
            if (depth > maxDepth) {
                maxDepth = depth;
                if (depth > limits.maxDepth()) {
                    throw new Exceeded("The query nests fields " + depth + " deep; at most " + limits.maxDepth()
                            + " are allowed.", field.getSourceLocation());
                }
            }
            GraphQLFieldDefinition definition = definition(parent, field.getName());
            GraphQLOutputType type = definition == null ? null : definition.getType();
            boolean list = type != null && GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
            Integer paged = definition == null ? null : pageSize(field, definition);
            long here = multiplier;
            if (list) {
                // A list of a connection (nodes, edges) holds a page; a paged list (search) its own page.
                here = saturated(multiplier, paged != null ? paged : pageSize > 0 ? pageSize : PageRequest.DEFAULT_SIZE);
            }
            complexity = saturatedAdd(complexity, multiplier);
            if (complexity > maxComplexity) {
                maxComplexity = complexity;
                if (complexity > limits.maxComplexity()) {
                    throw new Exceeded("The query could return more than " + limits.maxComplexity()
                            + " values (each list counted at its first/last, or 20). Ask for smaller pages or fewer fields.",
                            field.getSourceLocation());
                }
            }
            GraphQLType inner = type == null ? null : GraphQLTypeUtil.unwrapAll(type);
            GraphQLCompositeType child = inner instanceof GraphQLCompositeType composite ? composite : null;
            // The page size passes to the connection's lists only, not further down.
            int childPageSize = !list && paged != null ? paged : 0;
            selections(field.getSelectionSet(), child, depth + 1, here, childPageSize);
        }

        /** The field's definition; null where a (valid) document cannot name one. */
        private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
            if (Introspection.TypeNameMetaFieldDef.getName().equals(name)) {
                return Introspection.TypeNameMetaFieldDef;
            }
            if (parent == schema.getQueryType()) {
                if (Introspection.SchemaMetaFieldDef.getName().equals(name)) {
                    return Introspection.SchemaMetaFieldDef;
                }
                if (Introspection.TypeMetaFieldDef.getName().equals(name)) {
                    return Introspection.TypeMetaFieldDef;
                }
            }
            return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        }

        /** The page a field with first/last asks for; null for a field without those arguments. */
        private Integer pageSize(Field field, GraphQLFieldDefinition definition) {
            if (definition.getArgument("first") == null && definition.getArgument("last") == null) {
                return null;
            }
            Integer size = null;
            for (Argument argument : field.getArguments()) {
                if ("first".equals(argument.getName()) || "last".equals(argument.getName())) {
                    Integer value = intValue(argument.getValue());
                    size = size == null ? value : Math.max(size, value);
                }
            }
            return size == null ? PageRequest.DEFAULT_SIZE : Math.max(0, Math.min(size, PageRequest.MAX_SIZE));
        }

        private static int intValue(graphql.language.Value<?> value) {
            if (value instanceof IntValue literal) {
                return literal.getValue().min(java.math.BigInteger.valueOf(PageRequest.MAX_SIZE)).intValue();
            }
            if (value instanceof VariableReference) {
                // Known only with the request, which may pass anything up to what PageRequest allows.
                return PageRequest.MAX_SIZE;
            }
            return PageRequest.DEFAULT_SIZE; // null: the default page
        }

        private static long saturated(long a, long b) {
            return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
