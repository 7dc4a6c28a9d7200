package org.refugeegraph.graph;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * Passes every instrumentation call to the engine's own instrumentation (SmallRye's: its query
 * cache), so that a subclass adds to the one or two calls it needs. Cheaper on the read path than a
 * ChainedInstrumentation, which builds a list of contexts for every field of every answer.
 */
@SuppressWarnings("deprecation") // createState and beginFieldFetch: still called by graphql-java 24 when overridden
abstract class ForwardingInstrumentation implements Instrumentation {
    protected final Instrumentation delegate;

    ForwardingInstrumentation(Instrumentation delegate) {
        this.delegate = delegate == null ? SimplePerformantInstrumentation.INSTANCE : delegate;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return delegate.createStateAsync(parameters);
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return delegate.createState(parameters);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.beginExecution(parameters, state);
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return delegate.beginParse(parameters, state);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return delegate.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        return delegate.beginExecuteOperation(parameters, state);
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return delegate.beginExecutionStrategy(parameters, state);
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return delegate.beginExecuteObject(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return delegate.beginDeferredField(state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return delegate.beginSubscribedFieldEvent(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        return delegate.beginFieldExecution(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return delegate.beginFieldFetch(parameters, state);
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return delegate.beginFieldFetching(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return delegate.beginFieldCompletion(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return delegate.beginFieldListCompletion(parameters, state);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.instrumentExecutionInput(input, parameters, state);
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return delegate.instrumentDocumentAndVariables(documentAndVariables, parameters, state);
    }

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.instrumentSchema(schema, parameters, state);
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.instrumentExecutionContext(context, parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return delegate.instrumentDataFetcher(fetcher, parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return delegate.instrumentExecutionResult(result, parameters, state);
    }

    /** The delegate's context (may be null) with something done after it completes, or before. */
    static <T> InstrumentationContext<T> around(InstrumentationContext<T> inner, java.util.function.BiConsumer<T, Throwable> before,
            java.util.function.BiConsumer<T, Throwable> after) {
        return new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                if (inner != null) {
                    inner.onDispatched();
                }
            }

            @Override
            public void onCompleted(T result, Throwable failure) {
                before.accept(result, failure);
                if (inner != null) {
                    inner.onCompleted(result, failure);
                }
                after.accept(result, failure);
            }
        };
    }
}
