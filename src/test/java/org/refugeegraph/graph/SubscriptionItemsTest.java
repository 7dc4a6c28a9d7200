package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;

/** Each item of a subscription is resolved with the DataLoaders' caches empty of what earlier items loaded. */
class SubscriptionItemsTest {

    @Test
    void eachItemStartsWithEmptyLoaderCaches() throws Exception {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        // The registry may hold its own (instrumented) copy: use the one it gives, as a fetcher does.
        DataLoader<String, String> loader = registry.registerAndGet("children",
                DataLoaderFactory.newDataLoader(keys -> CompletableFuture.completedFuture(keys)));
        // Two items; while each is "resolved", the loader is asked for its own key, as a linked field would be.
        Publisher<Object> items = subscriber -> {
            subscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onNext("first");
            subscriber.onNext("second");
            subscriber.onComplete();
        };
        DataFetcher<Object> root = SubscriptionItems.forgettingEarlierItems(environment -> items);

        @SuppressWarnings("unchecked")
        Publisher<Object> served = (Publisher<Object>) root.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .dataLoaderRegistry(registry).build());
        List<Integer> cachedWhenItemArrives = new ArrayList<>();
        List<Object> received = new ArrayList<>();
        served.subscribe(new Subscriber<Object>() {
            @Override
            public void onSubscribe(Subscription subscription) {
            }

            @Override
            public void onNext(Object item) {
                cachedWhenItemArrives.add(loader.getCacheMap().getAll().size());
                received.add(item);
                loader.load((String) item);
            }

            @Override
            public void onError(Throwable failure) {
                received.add(failure);
            }

            @Override
            public void onComplete() {
                received.add("complete");
            }
        });
        assertEquals(List.of("first", "second", "complete"), received);
        assertEquals(List.of(0, 0), cachedWhenItemArrives, "the first item's load is forgotten when the second comes");
        assertEquals(1, loader.getCacheMap().getAll().size(), "the last item's load stays cached while it is resolved");
    }
}
