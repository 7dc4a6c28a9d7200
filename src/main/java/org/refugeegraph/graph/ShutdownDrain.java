package org.refugeegraph.graph;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.smallrye.health.runtime.ShutdownReadinessCheck;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * Once a shutdown has begun (SIGTERM) and its delay (quarkus.shutdown.delay, if set) is over, new requests get 503
 * with {@code Connection: close} while the requests already in flight finish. Quarkus's graceful shutdown waits
 * until no request is in flight, but goes on serving new ones meanwhile: under load that wait never ended, the
 * service stopped only at quarkus.shutdown.timeout, cutting off whatever ran then. Health endpoints (/q/) still
 * answer, so probes see readiness DOWN.
 * <p>
 * The start of the shutdown is read from Quarkus's own readiness check ("Graceful Shutdown"), which turns DOWN
 * before anything else happens; it is asked on each request only until then.
 */
@ApplicationScoped
public class ShutdownDrain {
    private static final String REFUSAL = "{\"errors\":[{\"message\":\"The service is shutting down. Try again.\","
            + "\"extensions\":{\"code\":\"UNAVAILABLE\"}}]}";

    private final Instance<ShutdownReadinessCheck> shutdownCheck;
    private final long delayNanos;
    /** When new requests start to be refused; 0 until the shutdown is seen. */
    private volatile long refuseFrom;

    ShutdownDrain(@Readiness Instance<ShutdownReadinessCheck> shutdownCheck,
            @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
        this.shutdownCheck = shutdownCheck;
        this.delayNanos = delay.orElse(Duration.ZERO).toNanos();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (refusing() && !context.normalizedPath().startsWith("/q/")) {
                context.response().setStatusCode(503).putHeader(HttpHeaders.CONNECTION, "close")
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(REFUSAL);
                return;
            }
            context.next();
        }, 1000); // before every other filter: a refused request costs nothing more
    }

    private boolean refusing() {
        long from = refuseFrom;
        if (from == 0) {
            if (!shutdownCheck.isResolvable() || shutdownCheck.get().call().getStatus() == HealthCheckResponse.Status.UP) {
                return false;
            }
            from = System.nanoTime() + delayNanos;
            refuseFrom = from == 0 ? 1 : from;
        }
        return System.nanoTime() - from >= 0;
    }
}
