package org.refugeegraph.graph;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A date as a source gives it, in a mutation's input; checked against its precision by {@link #toPartialDate}. */
@Input("PartialDateInput")
@Description("A date as precisely as the source gives it: 'December 2019' is start 2019-12-01, end 2019-12-31, "
        + "precision MONTH. A single day has start = end.")
public class PartialDateInput {
    @NotNull
    @Description("Required: first day of the range.")
    public LocalDate start;

    @NotNull
    @Description("Required: last day of the range, on or after start.")
    public LocalDate end;

    @NotNull
    @Description("Required: DAY (any span of days), or a whole calendar MONTH, QUARTER or YEAR from its first day to its last.")
    public DatePrecision precision;

    /**
     * The date, once start &lt;= end and the range is exactly what the precision says (Bean Validation has
     * checked that all three are present).
     *
     * @param field where it sits in the input, for errors: input.date
     */
    public PartialDate toPartialDate(String field) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (end.isBefore(start)) {
            violations.add(new InvalidInputException.Violation(field + ".end", "must be on or after start (" + start + ")"));
        } else if (precision != DatePrecision.DAY) {
            LocalDate first = switch (precision) {
                case MONTH -> start.withDayOfMonth(1);
                case QUARTER -> start.with(IsoFields.DAY_OF_QUARTER, 1);
                default -> start.withDayOfYear(1);
            };
            LocalDate last = switch (precision) {
                case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
                case QUARTER -> first.plusMonths(3).minusDays(1);
                default -> start.with(TemporalAdjusters.lastDayOfYear());
            };
            String whole = "a " + precision.name().toLowerCase() + " runs from its first day to its last";
            if (!start.equals(first)) {
                violations.add(new InvalidInputException.Violation(field + ".start", "must be " + first + ": " + whole));
            }
            if (!end.equals(last)) {
                violations.add(new InvalidInputException.Violation(field + ".end", "must be " + last + ": " + whole));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PartialDate(start, end, precision);
    }
}
