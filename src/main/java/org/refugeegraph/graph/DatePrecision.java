package org.refugeegraph.graph;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely a source dates something.")
public enum DatePrecision {
    @Description("A day, or a span of days (start and end differ).")
    DAY,
    @Description("A calendar month: start is its first day, end its last.")
    MONTH,
    @Description("A calendar quarter: start is its first day, end its last.")
    QUARTER,
    @Description("A calendar year: January 1 to December 31.")
    YEAR
}
