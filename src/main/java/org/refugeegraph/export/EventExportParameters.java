package org.refugeegraph.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.refugeegraph.event.EventFilter;
import org.refugeegraph.event.EventKind;
import org.refugeegraph.event.EventStatus;
import org.refugeegraph.graph.BadInputException;

/**
 * The query parameters of the export, read into the GraphQL API's {@link EventFilter}: the same names and
 * meaning. List parameters may be repeated ({@code kinds=ARREST&kinds=DETENTION}) or comma-separated
 * ({@code kinds=ARREST,DETENTION}). Anything the filter cannot use is the client's error, with a message.
 */
final class EventExportParameters {

    static final List<String> NAMES = List.of("kinds", "statuses", "countries", "locations", "destinations",
            "perpetratorIds", "from", "to", "minPeople", "hasIntervention");

    private EventExportParameters() {
    }

    static EventFilter parse(Map<String, List<String>> query) {
        for (String name : query.keySet()) {
            if (!NAMES.contains(name)) {
                throw new BadInputException("Unknown parameter '" + name + "': use " + String.join(", ", NAMES) + ".");
            }
        }
        EventFilter filter = new EventFilter();
        filter.kinds = enums(query, "kinds", EventKind.class);
        filter.statuses = enums(query, "statuses", EventStatus.class);
        filter.countries = list(query, "countries");
        filter.locations = list(query, "locations");
        filter.destinations = list(query, "destinations");
        filter.perpetratorIds = list(query, "perpetratorIds");
        filter.from = single(query, "from", value -> date(value, "from"));
        filter.to = single(query, "to", value -> date(value, "to"));
        filter.minPeople = single(query, "minPeople", EventExportParameters::minPeople);
        filter.hasIntervention = single(query, "hasIntervention", EventExportParameters::bool);
        return filter;
    }

    /** All values of a list parameter, repeated or comma-separated; null when absent (no restriction). */
    private static List<String> list(Map<String, List<String>> query, String name) {
        List<String> raw = query.get(name);
        if (raw == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String value : raw) {
            Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values.isEmpty() ? null : values;
    }

    private static <E extends Enum<E>> List<E> enums(Map<String, List<String>> query, String name, Class<E> type) {
        List<String> values = list(query, name);
        if (values == null) {
            return null;
        }
        List<E> result = new ArrayList<>();
        for (String value : values) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("Unknown value '" + value + "' in " + name + ": use "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        return result;
    }

    private static <T> T single(Map<String, List<String>> query, String name, Function<String, T> parser) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.size() == 1 && values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadInputException("Parameter " + name + " is given " + values.size() + " times: give it once.");
        }
        return parser.apply(values.get(0).trim());
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException("Malformed date '" + value + "' in " + name + ": use YYYY-MM-DD, e.g. 2021-07-14.");
        }
    }

    private static Integer minPeople(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("Malformed number '" + value + "' in minPeople: use a whole number, e.g. 50.");
        }
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadInputException("Malformed value '" + value + "' in hasIntervention: use true or false.");
        };
    }
}
