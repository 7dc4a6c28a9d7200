package org.refugeegraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.restassured.path.json.JsonPath;

/** Requests sent at the same moment from their own threads, for the tests of writes that race. */
final class Concurrently {
    private Concurrently() {
    }

    /** Sends request(0) .. request(n - 1) at once and answers their answers, in that order. */
    static List<JsonPath> send(int n, IntFunction<JsonPath> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<JsonPath> result = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                result.add(answer.get(60, TimeUnit.SECONDS));
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }
}
