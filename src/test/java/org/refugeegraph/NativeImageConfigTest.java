package org.refugeegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.deployment.util.GlobUtil;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The native binary's configuration (application.properties, quarkus.native.*) keeps up with the code: Quarkus builds
 * without GraalVM's automatic service registration, so a services file left out of the image, or a class it names that
 * is not registered, silently leaves a part out of the binary; and the resources kept out of the image must not take
 * a file that GraphiQL's page or the story page loads.
 */
class NativeImageConfigTest {
    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services");
    private static final Properties CONFIG = config();

    @Test
    void everyServicesFileIsInTheImageAndEveryClassItNamesIsRegistered() throws Exception {
        List<Pattern> includes = globs("quarkus.native.resources.includes");
        List<String> files;
        try (Stream<Path> list = Files.list(SERVICES)) {
            files = list.map(file -> "META-INF/services/" + file.getFileName()).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no services file under " + SERVICES);
        for (String file : files) {
            assertTrue(includes.stream().anyMatch(include -> include.matcher(file).matches()),
                    file + " is not in quarkus.native.resources.includes");
            for (String name : Files.readAllLines(Path.of("src/main/resources").resolve(file))) {
                if (!name.isBlank() && !name.startsWith("#")) {
                    Class<?> type = Class.forName(name.trim());
                    assertNotNull(type.getAnnotation(RegisterForReflection.class),
                            name + " (" + file + ") is not @RegisterForReflection");
                }
            }
        }
    }

    @Test
    void theFilesThePagesLoadStayInTheImageTheirSourcesAndMapsDoNot() throws IOException {
        List<Pattern> excludes = globs("quarkus.native.resources.excludes");
        List<String> loaded = new ArrayList<>();
        for (String page : List.of("graphiql/index.html", "story/index.html")) {
            String html = Files.readString(Path.of("src/main/resources/META-INF/resources").resolve(page));
            Matcher asset = Pattern.compile("\"/webjars/([^/\"]+)/([^\"]+)\"").matcher(html);
            while (asset.find()) {
                // the pages name no version: quarkus-web-dependency-locator serves the webjar's
                String path = "META-INF/resources/webjars/" + asset.group(1) + "/" + webjarVersion(asset.group(1)) + "/"
                        + asset.group(2);
                assertNotNull(getClass().getClassLoader().getResource(path), path + " is not in its webjar");
                loaded.add(path);
            }
        }
        assertEquals(5, loaded.size(), "GraphiQL, its CSS, React and ReactDOM; the story page's ECharts: " + loaded);
        for (String path : loaded) {
            assertFalse(excludes.stream().anyMatch(exclude -> exclude.matcher(path).matches()),
                    path + " is loaded by a page but quarkus.native.resources.excludes keeps it out of the image");
        }
        String graphiql = "META-INF/resources/webjars/graphiql/" + webjarVersion("graphiql") + "/";
        String echarts = "META-INF/resources/webjars/echarts/" + webjarVersion("echarts") + "/";
        for (String unused : List.of(graphiql + "graphiql.min.js.map", graphiql + "src/index.ts", graphiql + "esm/index.js",
                echarts + "dist/echarts.js", echarts + "dist/echarts.esm.min.js", echarts + "lib/echarts.js",
                echarts + "types/dist/echarts.d.ts", echarts + "index.js", echarts + "i18n/langEN.js")) {
            assertTrue(excludes.stream().anyMatch(exclude -> exclude.matcher(unused).matches()), unused + " is not excluded");
        }
    }

    private static String webjarVersion(String name) throws IOException {
        String properties = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = NativeImageConfigTest.class.getClassLoader().getResourceAsStream(properties)) {
            assertNotNull(in, properties);
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        }
    }

    private static List<Pattern> globs(String key) {
        String value = CONFIG.getProperty(key);
        assertNotNull(value, key + " is not set in application.properties");
        return Arrays.stream(value.split(",")).map(String::trim)
                .map(glob -> Pattern.compile(GlobUtil.toRegexPattern(glob))).toList();
    }

    private static Properties config() {
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
