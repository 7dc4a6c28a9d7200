package org.refugeegraph.graph;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of our engine parts SmallRye built into the running GraphQL engine, and what they serve. The parts
 * record themselves when SmallRye hands them the engine to build ({@code beforeGraphQLBuild}); {@link EngineReport}
 * reads it. Static, because SmallRye creates the parts through ServiceLoader, outside CDI; in the native binary the
 * engine may be built while the image is built, and these fields are kept in the image with it.
 */
final class EngineParts {
    /** What {@link LeanEngine} put into the engine; zeros before the engine is built. */
    record Fields(int lean, int getters, int loadedAhead) {
        String summary() {
            return "lean fetchers on " + lean + " fields, getters on " + getters + " fields, loaded ahead below "
                    + loadedAhead + " root fields";
        }
    }

    private static final Set<String> plugged = ConcurrentHashMap.newKeySet();
    private static volatile Fields fields = new Fields(0, 0, 0);

    private EngineParts() {
    }

    /** Called by each part as SmallRye builds the engine with it. */
    static void plugged(Class<?> part) {
        plugged.add(part.getName());
    }

    static boolean isPlugged(Class<?> part) {
        return plugged.contains(part.getName());
    }

    /** Returns true the first time these counts are recorded (SmallRye builds the engine more than once). */
    static boolean built(Fields built) {
        Fields before = fields;
        fields = built;
        return !built.equals(before);
    }

    static Fields fields() {
        return fields;
    }

    /** Our parts by the SmallRye interface they implement: what META-INF/services names, in the same order. */
    static final List<Class<?>> EVENTING = List.of(LeanEngine.class, QueryExecution.class, HttpRequestErrors.class,
            QueryLimits.class, RequestMetrics.Naming.class);
    static final List<Class<?>> DATA_FETCHERS = List.of(GetterDataFetcherService.class);
}
