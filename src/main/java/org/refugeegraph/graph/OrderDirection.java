package org.refugeegraph.graph;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum OrderDirection {
    @Description("Smallest or earliest first.")
    ASC,
    @Description("Largest or latest first.")
    DESC
}
