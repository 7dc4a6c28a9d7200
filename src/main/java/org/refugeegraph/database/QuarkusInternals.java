package org.refugeegraph.database;

import java.time.Duration;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.ImageMode;

/**
 * How {@link EmbeddedPostgresConfigSourceFactory} tells the running application from Quarkus' build and from other
 * callers. These rely on Quarkus internals (class loader names, generated class names), not on an API: checked
 * against Quarkus {@value #CHECKED_AGAINST}; check them again after an upgrade (the factory must start nothing
 * during {@code ./mvnw package}, and must start the database in dev mode, tests and the packaged jar).
 */
final class QuarkusInternals {

    static final String CHECKED_AGAINST = "3.33.2";

    private QuarkusInternals() {
    }

    /** True inside a native image, while it is built and when it runs. */
    static boolean isNativeImage() {
        return ImageMode.current() != ImageMode.JVM
                || System.getProperty("org.graalvm.nativeimage.imagecode") != null;
    }

    /**
     * Quarkus runs config source factories during augmentation too (mvn package, and before dev mode and
     * tests start the application): there the factory is loaded by Quarkus' deployment class loader.
     */
    static boolean isBuildTime() {
        return isBuildClassLoader(QuarkusInternals.class.getClassLoader())
                || isBuildClassLoader(Thread.currentThread().getContextClassLoader());
    }

    private static boolean isBuildClassLoader(ClassLoader classLoader) {
        for (ClassLoader cl = classLoader; cl != null; cl = cl.getParent()) {
            String name = cl.getName();
            if (name != null && (name.startsWith("Deployment Class Loader") || name.startsWith("Augmentation Class Loader"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The running application builds its configuration in Quarkus' generated startup code
     * ({@code io.quarkus.runtime.generated.Config}), in the packaged jar, dev mode and tests alike. Other callers
     * (the JUnit launcher's own config, tools) must not start a database.
     */
    static boolean calledByApplicationRuntimeConfig() {
        return StackWalker.getInstance().walk(frames -> frames
                .anyMatch(frame -> frame.getClassName().startsWith("io.quarkus.runtime.generated.")));
    }

    /**
     * For a shutdown hook: a task that waits (at most {@code wait}) until the running application has stopped. On
     * SIGTERM the JVM starts every shutdown hook at once, Quarkus' own among them, which lets requests in flight
     * finish (quarkus.shutdown.timeout) and then closes the pool: the database must outlive all of that.
     * {@link Application#stop()} waits for a stop under way (or runs it) and returns at once for a stopped one.
     * Built ahead, when the hook is registered: in dev mode this class's loader may be closed by the time it runs.
     */
    static Runnable applicationStop(Duration wait) {
        Application.currentApplication(); // resolves the class and method now, not in the hook
        Thread stopper = new Thread(() -> {
            try {
                Application application = Application.currentApplication();
                if (application != null) {
                    application.stop();
                }
            } catch (RuntimeException e) {
                // never started, or its stop failed: either way nothing more to wait for
            }
        }, "embedded-postgres-await-application-stop");
        stopper.setDaemon(true);
        return () -> {
            stopper.start();
            try {
                stopper.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
