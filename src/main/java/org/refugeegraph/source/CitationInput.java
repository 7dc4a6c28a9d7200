package org.refugeegraph.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.smallrye.graphql.api.Nullable;

/**
 * The citation every recorded fact needs. Its fields are nullable in the schema and checked by Bean
 * Validation instead, so that a missing quote is a VALIDATION error naming input.citation.quote
 * rather than a bare GraphQL type error.
 */
@Input("CitationInput")
@Description("The passage of a source that supports a fact: a source already in the graph (sourceId) or a new one "
        + "(source), and the source's own words. Required by every mutation that records a fact.")
public class CitationInput {
    @Id
    @Description("Global id of a source already in the graph (from Query.sources or createSource). Give this or `source`.")
    public String sourceId;

    @Valid
    @Description("A source not yet in the graph, recorded together with the fact. Give this or `sourceId`.")
    public CreateSourceInput source;

    @Nullable // SmallRye serves @NotBlank as String!, which would make a missing quote a bare GraphQL type error
    @NotBlank
    @Size(max = 5000)
    @Description("Required: the source's own words that state the fact, verbatim (at most 5,000 characters).")
    public String quote;

    @Size(max = 500)
    @Description("Page, paragraph, table, row or column, where the source has them (at most 500 characters).")
    public String locator;
}
