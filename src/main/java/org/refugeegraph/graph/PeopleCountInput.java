package org.refugeegraph.graph;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A number of people as a source states it, in a mutation's input; checked for consistency by {@link #toPeopleCount}. */
@Input("PeopleCountInput")
@Description("A number of people as the source states it. 'roughly 50': best 50, APPROXIMATE; 'more than 1,000': "
        + "best and low 1000, AT_LEAST; '50-60': low 50, high 60, RANGE.")
public class PeopleCountInput {
    @PositiveOrZero
    @Description("Best estimate: required for EXACT and APPROXIMATE.")
    public Integer best;

    @PositiveOrZero
    @Description("Lower bound: required for AT_LEAST and RANGE; at most best.")
    public Integer low;

    @PositiveOrZero
    @Description("Upper bound: required for AT_MOST and RANGE; at least best.")
    public Integer high;

    @NotNull
    @Description("Required: how the source qualifies the number.")
    public CountQualifier qualifier;

    @NotBlank
    @Size(max = 300)
    @Description("Required: the figure in the source's own words, e.g. 'more than 1,000' (at most 300 characters).")
    public String text;

    /**
     * The count, once its numbers agree with each other and with the qualifier (Bean Validation has
     * checked the rest).
     *
     * @param field where it sits in the input, for errors: input.people
     */
    public PeopleCount toPeopleCount(String field) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        require(violations, field + ".best", best, qualifier == CountQualifier.EXACT || qualifier == CountQualifier.APPROXIMATE);
        require(violations, field + ".low", low, qualifier == CountQualifier.AT_LEAST || qualifier == CountQualifier.RANGE);
        require(violations, field + ".high", high, qualifier == CountQualifier.AT_MOST || qualifier == CountQualifier.RANGE);
        if (low != null && best != null && low > best) {
            violations.add(new InvalidInputException.Violation(field + ".low", "must be at most best (" + best + ")"));
        }
        if (high != null && best != null && high < best) {
            violations.add(new InvalidInputException.Violation(field + ".high", "must be at least best (" + best + ")"));
        }
        if (low != null && high != null && low > high) {
            violations.add(new InvalidInputException.Violation(field + ".high", "must be at least low (" + low + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PeopleCount(best, low, high, qualifier, text.strip());
    }

    private void require(List<InvalidInputException.Violation> violations, String field, Integer value, boolean required) {
        if (required && value == null) {
            violations.add(new InvalidInputException.Violation(field, "is required for a " + qualifier + " count"));
        }
    }
}
