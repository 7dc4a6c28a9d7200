package org.refugeegraph.graph;

import java.time.LocalDate;

/** The from/to of a filter, either end open; from after to is the client's error. */
public record Period(LocalDate from, LocalDate to) {
    public static final Period ALWAYS = new Period(null, null);

    public Period {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadInputException("filter.from (" + from + ") is after filter.to (" + to + ").");
        }
    }
}
