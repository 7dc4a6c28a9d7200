package org.refugeegraph.graph;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PeopleCount")
@Description("A number of people as a source states it: a best estimate with bounds, a qualifier and the source's own words. "
        + "Numbers about refugees are often vague ('roughly 50', 'more than 1,000'); this keeps the vagueness visible.")
@Embeddable
public class PeopleCount {
    private Integer best;
    private Integer low;
    private Integer high;
    @Enumerated(EnumType.STRING)
    private CountQualifier qualifier;
    private String text;

    /** For Hibernate: the columns are best, low, high, qualifier, text unless the entity overrides them. */
    protected PeopleCount() {
    }

    public PeopleCount(Integer best, Integer low, Integer high, CountQualifier qualifier, String text) {
        this.best = best;
        this.low = low;
        this.high = high;
        this.qualifier = qualifier;
        this.text = text;
    }

    @Description("Best estimate; null where the source gives no single number (e.g. a range).")
    public Integer getBest() {
        return best;
    }

    @Description("Lower bound, where known.")
    public Integer getLow() {
        return low;
    }

    @Description("Upper bound, where known.")
    public Integer getHigh() {
        return high;
    }

    @NonNull
    @Description("Whether the figure is exact, approximate, a bound or a range.")
    public CountQualifier getQualifier() {
        return qualifier;
    }

    @NonNull
    @Description("The source's own words: 'roughly 50', 'more than 1,000', '229'.")
    public String getText() {
        return text;
    }
}
