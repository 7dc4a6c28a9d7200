package org.refugeegraph.graph;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.schema.DataFetcher;

/**
 * The root field of a subscription, whose items are resolved one after another by the same execution, with
 * the same DataLoaders: a loader caches what it loaded per parent object, and each item brings new parents, so
 * over a subscription that lives for days the caches would keep every item ever sent, with everything linked
 * below it. Each item starts with empty caches instead; what earlier items loaded is never asked for again.
 */
final class SubscriptionItems {
    private SubscriptionItems() {
    }

    static DataFetcher<Object> forgettingEarlierItems(DataFetcher<?> rootFetcher) {
        return environment -> {
            Object answer = rootFetcher.get(environment);
            DataLoaderRegistry loaders = environment.getDataLoaderRegistry();
            if (!(answer instanceof Publisher<?> items) || loaders == null) {
                return answer;
            }
            return (Publisher<Object>) subscriber -> items.subscribe(new Subscriber<Object>() {
                @Override
                public void onSubscribe(Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(Object item) {
                    for (DataLoader<?, ?> loader : loaders.getDataLoaders()) {
                        loader.clearAll();
                    }
                    subscriber.onNext(item);
                }

                @Override
                public void onError(Throwable failure) {
                    subscriber.onError(failure);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        };
    }
}
