package org.refugeegraph.database;

import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

import io.smallrye.config.ConfigSourceContext;

/**
 * In the native binary the embedded PostgreSQL factory supplies nothing, as its own check says, but here native-image
 * sees it while compiling: none of the code that starts a server (zonky, {@link EmbeddedPostgresLauncher}) is
 * reachable, so none of it is compiled in, and the native build leaves zonky and its libraries off its class path
 * (pom.xml, profile native). Read by native-image only; the JVM never loads this class.
 */
@TargetClass(EmbeddedPostgresConfigSourceFactory.class)
final class EmbeddedPostgresNativeSubstitution {

    @Substitute
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of();
    }
}
