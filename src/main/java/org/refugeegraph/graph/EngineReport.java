package org.refugeegraph.graph;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.health.api.Wellness;

/**
 * The "graphql engine" section of /q/health (/q/health/well): which of our engine parts are active. A part is
 * active when ServiceLoader finds it now, as SmallRye does (its META-INF/services file and constructor are in the
 * native binary too), and the running engine was built with it (SmallRye builds it at the first GraphQL request;
 * before that, a part found is all there is to report). Answers stay correct without a part, only slower,
 * so nothing else would show that one went missing: the status is DOWN then, and the *IT classes fail. A wellness
 * check, so liveness and readiness probes do not take a slow but correct service out of rotation.
 */
@Wellness
@ApplicationScoped
public class EngineReport implements HealthCheck {
    static final String NAME = "graphql engine";
    static final String ACTIVE = "active";
    static final String FOUND = "found, built in at the first GraphQL request";

    /** What ServiceLoader finds cannot change while the process runs: looked up at the first report. */
    private volatile Set<Class<?>> found;

    @Override
    public HealthCheckResponse call() {
        EngineParts.Fields fields = EngineParts.fields();
        // SmallRye builds the engine at the first GraphQL request; until then only ServiceLoader can be asked
        boolean built = fields.loadedAhead() > 0;
        Map<String, String> parts = new LinkedHashMap<>();
        for (Class<?> part : EngineParts.EVENTING) {
            parts.put(nameOf(part), state(part, built, EngineParts.isPlugged(part)
                    && (part != LeanEngine.class || fields.lean() > 0)));
        }
        for (Class<?> part : EngineParts.DATA_FETCHERS) {
            parts.put(nameOf(part), state(part, built, fields.getters() > 0));
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(parts.values().stream().allMatch(state -> state.equals(ACTIVE) || state.equals(FOUND)))
                .withData("summary", built ? fields.summary() : "built at the first GraphQL request");
        parts.forEach(response::withData);
        return response.build();
    }

    /** The class name without the package; a nested part keeps its outer class (RequestMetrics.Naming). */
    private static String nameOf(Class<?> part) {
        return part.getName().substring(part.getPackageName().length() + 1).replace('$', '.');
    }

    private String state(Class<?> part, boolean built, boolean inEngine) {
        if (!found().contains(part)) {
            return "missing: ServiceLoader does not find it";
        }
        if (!built) {
            return FOUND;
        }
        return inEngine ? ACTIVE : "missing: not built into the engine";
    }

    private Set<Class<?>> found() {
        Set<Class<?>> current = found;
        if (current == null) {
            current = new HashSet<>();
            current.addAll(found(EventingService.class, EngineParts.EVENTING));
            current.addAll(found(DataFetcherService.class, EngineParts.DATA_FETCHERS));
            found = current;
        }
        return current;
    }

    /** Ours among the providers of that interface, each created once as SmallRye would (proves its constructor). */
    private static Set<Class<?>> found(Class<?> service, List<Class<?>> ours) {
        Set<Class<?>> found = new HashSet<>();
        Iterator<? extends ServiceLoader.Provider<?>> providers =
                ServiceLoader.load(service, EngineReport.class.getClassLoader()).stream().iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return found;
                }
                ServiceLoader.Provider<?> provider = providers.next();
                if (ours.contains(provider.type()) && provider.get() != null) {
                    found.add(provider.type());
                }
            } catch (ServiceConfigurationError e) {
                // a provider that cannot load: if ours, it is missing from the set; another's is not ours to report
            }
        }
    }
}
