package org.refugeegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.spi.EventingService;

/** The engine report names every part we plug into SmallRye: a new one in META-INF/services is reported too. */
class EnginePartsTest {

    @Test
    void theReportNamesWhatTheServicesFilesName() throws IOException {
        assertEquals(named(EventingService.class), EngineParts.EVENTING.stream().map(Class::getName).toList());
        assertEquals(named(DataFetcherService.class), EngineParts.DATA_FETCHERS.stream().map(Class::getName).toList());
    }

    private static List<String> named(Class<?> service) throws IOException {
        return Files.readAllLines(Path.of("src/main/resources/META-INF/services", service.getName())).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
