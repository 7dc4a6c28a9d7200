package org.refugeegraph.graph;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PartialDate")
@Description("A date as precisely as the sources give it: a range [start, end] with a precision. "
        + "'December 2019' is start 2019-12-01, end 2019-12-31, precision MONTH.")
@Embeddable
public class PartialDate {
    @Column(name = "date_start")
    private LocalDate start;
    @Column(name = "date_end")
    private LocalDate end;
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private DatePrecision precision;

    /** For Hibernate, which fills the fields from the entity's date_* columns. */
    protected PartialDate() {
    }

    public PartialDate(LocalDate start, LocalDate end, DatePrecision precision) {
        this.start = start;
        this.end = end;
        this.precision = precision;
    }

    @NonNull
    @Description("First day of the range.")
    public LocalDate getStart() {
        return start;
    }

    @NonNull
    @Description("Last day of the range (equal to start for a single day).")
    public LocalDate getEnd() {
        return end;
    }

    @NonNull
    @Description("How precisely the sources date it.")
    public DatePrecision getPrecision() {
        return precision;
    }

    @NonNull
    @Description("As a person would write it: 2021-07-14, 2019-11-23..2019-11-29, 2019-12, 2021-Q2, 2020.")
    public String getText() {
        return switch (precision) {
            case DAY -> start.equals(end) ? start.toString() : start + ".." + end;
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
