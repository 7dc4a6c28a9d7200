package org.refugeegraph.graph;

import org.eclipse.microprofile.graphql.Description;

@Description("How a source qualifies a number of people.")
public enum CountQualifier {
    @Description("An exact figure: '229'.")
    EXACT,
    @Description("An approximate figure: 'roughly 50', 'about 600'. best is the figure; low and high are usually unknown.")
    APPROXIMATE,
    @Description("A lower bound: 'more than 1,000'. best and low are the bound.")
    AT_LEAST,
    @Description("An upper bound: 'up to 20'. best and high are the bound.")
    AT_MOST,
    @Description("A range: '50-60'. low and high are its ends; best is null unless the source names one figure.")
    RANGE
}
